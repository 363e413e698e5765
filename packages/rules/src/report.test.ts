import { RULE_IDS } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { teamReport } from "./report.ts";
import { RULES } from "./rules/index.ts";
import { AS_OF, graphOf, hoarderTeam as team } from "./testing.ts";


describe("teamReport", () => {
  it("runs every rule in the spec's order, sorts, counts and scores", () => {
    // 18 rules, the three across teams and the second version's four and overridden-gate (gap-rules.md, "Added rules and changes").
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULES).toHaveLength(26);
    const report = teamReport(graphOf(team()), { asOf: AS_OF });
    expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.subjectId}`)).toEqual(["error context-hoarding sales", "warning orphan-output notes"]);
    expect(report.score).toBe(61);
    expect(report.roleScores).toEqual([{ roleId: "pm", score: 100 }, { roleId: "sales", score: 43 }]);
    expect(report.asOf).toBe(AS_OF.toISOString());
  });

  it("applies the team's lint config from the document", () => {
    const report = teamReport(graphOf(team(`lint:
  rules: { orphan-output: off }
  suppress: [{ rule: context-hoarding, subject: sales, reason: weekly call }]`)), { asOf: AS_OF });
    expect(report.findings).toEqual([]);
    expect(report.suppressed.map((f) => [f.rule, f.subjectId, f.reason])).toEqual([["context-hoarding", "sales", "weekly call"]]);
    expect(report.score).toBe(100);
  });
});
