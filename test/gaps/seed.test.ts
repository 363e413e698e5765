import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gapReport } from "../../apps/api/src/services/gaps.ts";
import { loadTeam, ROOT, uniqueTeamId } from "../helpers.ts";
import { brief, db, imported } from "./fixture.ts";

const asOf = new Date("2026-03-01T00:00:00Z");

describe("the seed teams' reports", () => {
  it("the startup example yields exactly its planted findings", async () => {
    const file = "seed/examples/startup-team.yaml";
    const planted = [...readFileSync(join(ROOT, file), "utf8").matchAll(/^# planted: (\S+) (\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(planted).toHaveLength(7);
    const report = await gapReport(db, await imported(loadTeam(file, uniqueTeamId("startup"))), { asOf });
    expect(report?.findings.map((f) => `${f.rule} ${f.subjectId}`).sort()).toEqual(planted.sort());
    expect(report?.findings.find((f) => f.rule === "unguarded-agent")?.message).toBe(
      "Agent Deploy Bot of Lead Engineer has write access but lacks 3 guardrails: read-broad-write-narrow, irreversible-by-default and explicit-destructive-confirmation");
    expect(report?.counts.bySeverity).toEqual({ error: 3, warning: 4, info: 0 });
    expect(report?.score).toBe(49);
  });

  it("the DPOS team: the essay's gaps and nothing else", async () => {
    const report = await gapReport(db, await imported(loadTeam("seed/dpos-data-team.yaml", uniqueTeamId("dpos"))), { asOf });
    expect(report?.findings.map((f) => ({ ...brief(f), ...(f.chain ? { chain: f.chain } : {}) }))).toEqual([
      { rule: "uncontracted-handoff", severity: "warning", subjectId: "customer-context-summary", related: ["data-pm", "engineer"] },
      { rule: "preference-gate", severity: "warning", subjectId: "pm-to-architect", related: ["good-context"] },
      { rule: "unchecked-requirement", severity: "info", subjectId: "pm-to-architect", related: ["business_rationale"] },
      { rule: "unchecked-requirement", severity: "info", subjectId: "pm-to-architect", related: ["constraints"] },
      { rule: "unchecked-requirement", severity: "info", subjectId: "pm-to-architect", related: ["customer_problem"] },
      // Gap rules v2: Support built its Ticket Triager before any handoff contract.
      { rule: "agents-before-handoffs", severity: "info", subjectId: "support", related: ["ticket-triager"] },
      // No compression-chain any more: the PM hears customers through its Stakeholder Synthesizer (0 boundaries),
      // and its problem brief goes to all roles, as the essay states, so every role is at most 1 boundary away.
    ]);
    expect(report?.findings[0]?.message).toBe(
      "Customer context summary crosses from Data PM in Decide to Engineer in Build with no contract that carries it");
    // 2 warnings and 4 infos against 9 roles: 100 * 90 / 100.
    expect(report?.score).toBe(90);
    expect(report?.roleScores).toEqual([
      { roleId: "data-pm", score: 53 }, { roleId: "architect", score: 63 }, { roleId: "engineer", score: 77 },
      { roleId: "qa-data-lead", score: 100 }, { roleId: "designer", score: 100 }, { roleId: "product-analytics", score: 100 },
      { roleId: "leadership", score: 100 }, { roleId: "sales", score: 100 }, { roleId: "support", score: 91 },
    ]);
    expect(report?.adoption.roles.map((r) => [r.roleId, r.reached])).toEqual([
      ["data-pm", 3], ["architect", 5], ["engineer", 5], ["qa-data-lead", 5], ["designer", 2],
      ["product-analytics", 5], ["leadership", 1], ["sales", 1], ["support", 1],
    ]);
    expect(report?.translationDebt).toMatchObject({ total: 45.2, seams: 44, uncovered: 36 });
  });

  it("the platform example: the guardrail gaps its header describes", async () => {
    const report = await gapReport(db, await imported(loadTeam("seed/examples/platform-team.yaml", uniqueTeamId("platform"))), { asOf });
    expect(report?.findings.map(brief)).toEqual([
      { rule: "unguarded-agent", severity: "error", subjectId: "cost-janitor", related: ["sre"] },
      { rule: "unguarded-agent", severity: "error", subjectId: "schema-migrator", related: ["infra-engineer"] },
      { rule: "delegation-mismatch", severity: "warning", subjectId: "cost-janitor", related: ["sre"] },
      // Gap rules v2: the Security Engineer runs the Access Reviewer (write access) with no contract in or out.
      { rule: "agents-before-handoffs", severity: "info", subjectId: "security-engineer", related: ["access-reviewer"] },
    ]);
    expect(report?.findings[1]?.message).toBe(
      "Agent Schema Migrator of Infrastructure Engineer has write access but lacks 2 guardrails: staged-mutations and explicit-destructive-confirmation");
  });
});
