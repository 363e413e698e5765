import { describe, expect, it } from "vitest";
import { orgReport } from "./org-report.ts";
import { teamBoundaryDebt } from "./team-boundaries.ts";
import { AS_OF, orgOf } from "./testing.ts";
import { translationDebt } from "./translation-debt.ts";

// data: eng hears the events (0 boundaries out) and gives tables to analyst (1), who makes the
// metrics growth's pm reads: that crossing is the metrics' 2nd boundary.
const data = (contracts = "") => `
roles:
  - { id: eng, name: Eng, consumes: [{ artifact: events, cadence: daily }], produces: [{ artifact: tables, cadence: daily }] }
  - { id: analyst, name: Analyst, consumes: [{ artifact: tables, cadence: daily }], produces: [{ artifact: metrics, cadence: weekly }] }
artifacts:
  - { id: events, name: Events, format: json, external: true }
  - { id: tables, name: Tables, format: sql }
  - { id: metrics, name: Metrics, format: table, published: true }
${contracts}`;
const growth = `
roles:
  - { id: pm, name: PM, consumes: [{ artifact: data/metrics, cadence: weekly }, { artifact: signals, cadence: weekly }], produces: [{ artifact: plan, cadence: weekly }] }
artifacts:
  - { id: signals, name: Signals, format: text, external: true }
  - { id: plan, name: Plan, format: text, published: true }`;
const toPm = (gates: string) =>
  `contracts:\n  - { id: k, from: analyst, to: growth/pm, boundary: { from: discover, to: decide }, carries: [metrics], requires: [{ field: f, type: text }], gates: ${gates} }`;
const CHECKED = "{ id: c, text: F present, check: { field: f, present: true } }";
const pairs = (teams: Record<string, string>) => teamBoundaryDebt(orgOf(teams)).map((b) => [b.from, b.to, b.debt]);

describe("translation debt between teams", () => {
  it("prices an uncontracted cross-team flow by the boundaries its context has crossed", () => {
    const [only, ...rest] = teamBoundaryDebt(orgOf({ growth, data: data() }));
    expect(rest).toEqual([]);
    expect(only).toEqual({
      from: "data", to: "growth", debt: 2,
      seams: [{ from: "data/analyst", to: "growth/pm", artifact: "data/metrics", boundaries: 2, uncovered: 1, debt: 2 }],
    });
  });

  it("a checked contract from the producing team pays the seam off, and the pair stays listed at 0", () => {
    expect(pairs({ growth, data: data(toPm(`[${CHECKED}]`)) })).toEqual([["data", "growth", 0]]);
    const half = teamBoundaryDebt(orgOf({ growth, data: data(toPm(`[${CHECKED}, { id: p, text: good context }]`)) }));
    expect(half[0]?.seams[0]).toMatchObject({ contract: "k", uncovered: 0.5, debt: 1 });
  });

  it("counts an agent reading another team's artifact, once per role, and each direction apart", () => {
    const withAgent = `${growth}\nagents:\n  - { id: bot, name: Bot, role: pm, inputs: [data/metrics] }`;
    expect(teamBoundaryDebt(orgOf({ growth: withAgent, data: data() }))[0]?.seams).toHaveLength(1);
    // eng reads growth's plan through an agent: growth -> data is its own pair; pm hears signals (0 out), so 1 boundary.
    const reading = data().replace("artifacts:", "agents:\n  - { id: reader, name: Reader, role: eng, inputs: [growth/plan] }\nartifacts:");
    expect(pairs({ growth, data: reading })).toEqual([["data", "growth", 2], ["growth", "data", 1]]);
  });

  it("has no pairs for teams that share nothing, or a reference to a team not in the graph", () => {
    expect(teamBoundaryDebt(orgOf({ growth }))).toEqual([]);
    expect(teamBoundaryDebt(orgOf({ data: data() }))).toEqual([]);
  });

  it("adds the seams between teams to the organisation's total, seams and uncovered", () => {
    const org = orgOf({ growth, data: data() });
    const report = orgReport(org, { asOf: AS_OF });
    const inside = [...org.teams.values()].map((g) => translationDebt(g));
    expect(report.translationDebt.teamBoundaries?.map((b) => [b.from, b.to, b.debt])).toEqual([["data", "growth", 2]]);
    expect(report.translationDebt.total).toBe(inside.reduce((n, d) => n + d.total, 0) + 2);
    expect(report.translationDebt.seams).toBe(inside.reduce((n, d) => n + d.seams, 0) + 1);
    expect(report.translationDebt.uncovered).toBe(inside.reduce((n, d) => n + d.uncovered, 0) + 1);
  });
});
