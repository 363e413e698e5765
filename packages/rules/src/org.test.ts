import { describe, expect, it } from "vitest";
import { RULES } from "./rules/index.ts";
import { orgReport } from "./org-report.ts";
import { teamReport } from "./report.ts";
import { AS_OF, graphOf, hoarderTeam, orgOf } from "./testing.ts";

const producer = `
roles:
  - { id: analyst, name: Analyst, produces: [{ artifact: metrics, cadence: weekly }] }
artifacts:
  - { id: metrics, name: Metrics, format: table, published: true }`;
const consumer = `
roles:
  - { id: pm, name: PM, consumes: [{ artifact: data/metrics, cadence: weekly }], produces: [{ artifact: plan, cadence: weekly }] }
  - { id: eng, name: Eng, consumes: [{ artifact: plan, cadence: weekly }] }
artifacts:
  - { id: plan, name: Plan, format: text }`;

describe("buildOrg", () => {
  it("resolves a qualified reference to the other team's artifact, with its producers and published flag", () => {
    const org = orgOf({ growth: consumer, data: producer });
    expect(org.teams.get("growth")?.across?.resolved.get("data/metrics")).toEqual({
      kind: "artifact", team: "data", id: "metrics", name: "Metrics", external: false, published: true,
      producers: [{ id: "analyst", name: "Analyst" }], carriedTo: [],
    });
    expect(org.teams.get("data")?.across?.consumersOf.get("metrics")).toEqual([{ team: "growth", role: "pm", roleName: "PM" }]);
  });

  it("leaves a reference to a team not in the graph unresolved", () => {
    expect(orgOf({ growth: consumer }).teams.get("growth")?.across?.resolved.get("data/metrics")).toBeNull();
  });

  it("gives the same findings whichever order the teams come in", () => {
    const a = orgReport(orgOf({ growth: consumer, data: producer }), { asOf: AS_OF });
    const b = orgReport(orgOf({ data: producer, growth: consumer }), { asOf: AS_OF });
    expect(a).toEqual(b);
    expect(a.findings.map((f) => `${f.team}:${f.rule}:${f.subjectId}`)).toContain("growth:uncontracted-cross-team-flow:data/metrics");
  });

  it("keeps a team with no other teams exactly as its own report", () => {
    const alone = graphOf(hoarderTeam(), [], "t");
    const inOrg = orgOf({ t: hoarderTeam() }).teams.get("t");
    if (!inOrg) throw new Error("team t missing");
    expect(teamReport(inOrg, { asOf: AS_OF, rules: RULES })).toEqual(teamReport(alone, { asOf: AS_OF, rules: RULES }));
  });
});

describe("orgReport", () => {
  it("names each finding's team, qualifies role scores and sums the teams' counts", () => {
    const report = orgReport(orgOf({ data: producer, growth: consumer }), { asOf: AS_OF });
    expect(report.teams.map((t) => t.teamId)).toEqual(["data", "growth"]);
    expect(report.findings.every((f) => f.team === "data" || f.team === "growth")).toBe(true);
    expect(report.roleScores.map((r) => r.roleId)).toEqual(["data/analyst", "growth/pm", "growth/eng"]);
    const total = report.teams.reduce((n, t) => n + t.counts.bySeverity.warning, 0);
    expect(report.counts.bySeverity.warning).toBe(total);
  });
});
