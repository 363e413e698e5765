import { RULE_IDS } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { gapReport } from "../../apps/api/src/services/gaps.ts";
import { RULES } from "@rolegraph/rules";
import { hoarderTeam as team } from "../../packages/rules/src/testing.ts";
import { uniqueTeamId } from "../helpers.ts";
import { db, report } from "./fixture.ts";

describe("gapReport", () => {
  it("runs every rule, sorts findings, counts them and scores the team and each role", async () => {
    const result = await report(team(), { asOf: new Date("2026-03-01T12:00:00Z") });
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULES).toHaveLength(26);
    expect(result.asOf).toBe("2026-03-01T12:00:00.000Z");
    expect(result.findings.map((f) => `${f.severity} ${f.rule} ${f.subjectId}`)).toEqual([
      "error context-hoarding sales",
      "warning orphan-output notes",
    ]);
    expect(result.counts).toEqual({ bySeverity: { error: 1, warning: 1, info: 0 }, byRule: { "context-hoarding": 1, "orphan-output": 1 } });
    // W = 10 + 3 = 13 against 2 roles (C = 20): 100 * 20 / 33. Sales carries both: 100 * 10 / 23.
    expect(result.score).toBe(61);
    expect(result.roleScores).toEqual([{ roleId: "pm", score: 100 }, { roleId: "sales", score: 43 }]);
    expect(result.suppressed).toEqual([]);
  });

  it("applies the team's lint config: severity overrides, rules off, suppressions with their reason", async () => {
    const result = await report(team(`lint:
  rules: { orphan-output: off, context-hoarding: warning }
  suppress: [{ rule: context-hoarding, subject: sales, reason: Sales reports back in the weekly pipeline call }]`));
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((f) => [f.rule, f.severity, f.subjectId, f.reason])).toEqual([
      ["context-hoarding", "warning", "sales", "Sales reports back in the weekly pipeline call"],
    ]);
    expect(result.counts.bySeverity).toEqual({ error: 0, warning: 0, info: 0 });
    expect(result.score).toBe(100);
  });

  it("minSeverity trims the lists but not the counts or the score", async () => {
    const result = await report(team(), { minSeverity: "error" });
    expect(result.findings.map((f) => f.rule)).toEqual(["context-hoarding"]);
    expect(result.counts.bySeverity).toEqual({ error: 1, warning: 1, info: 0 });
    expect(result.score).toBe(61);
  });

  it("is null for a team that is not in the graph", async () => {
    expect(await gapReport(db, uniqueTeamId("absent"))).toBeNull();
  });
});
