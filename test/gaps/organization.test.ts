import { describe, expect, it } from "vitest";
import { listTeams } from "../../apps/api/src/db/team-store.ts";
import { TEAMS_PER_READ } from "../../apps/api/src/db/rules-graph.ts";
import { gapReport, organizationGapReport } from "../../apps/api/src/services/gaps.ts";
import type { Finding } from "../../apps/api/src/gaps/types.ts";
import { uniqueTeamId } from "../helpers.ts";
import { db, fixture, imported } from "./fixture.ts";

/**
 * Three teams that consume each other's context, with one of each cross-team gap planted:
 * growth takes data's unpublished raw export (contracted: only unpublished-dependency);
 * finance takes data's published metrics with no contract (uncontracted-cross-team-flow)
 * and growth's forecast, which growth does not have (unresolved-reference).
 */
function organisation() {
  const ids = { data: uniqueTeamId("org-data"), growth: uniqueTeamId("org-growth"), finance: uniqueTeamId("org-fin") };
  const gates = "requires: [{ field: week, type: text }], gates: [{ id: fresh, text: Fresh, check: { field: week, present: true } }]";
  const data = fixture(`
roles:
  - { id: analyst, name: Analyst, consumes: [{ artifact: market, cadence: weekly }], produces: [{ artifact: metrics, cadence: weekly }, { artifact: raw, cadence: weekly }] }
artifacts:
  - { id: market, name: Market data, format: csv, external: true }
  - { id: metrics, name: Weekly metrics, format: table, published: true }
  - { id: raw, name: Raw export, format: csv }
contracts:
  - { id: to-growth, from: analyst, to: ${ids.growth}/pm, boundary: { from: discover, to: decide }, carries: [metrics, raw], ${gates} }`, ids.data);
  const growth = fixture(`
roles:
  - { id: pm, name: Growth PM, consumes: [{ artifact: ${ids.data}/metrics, cadence: weekly }, { artifact: ${ids.data}/raw, cadence: weekly }], produces: [{ artifact: plan, cadence: weekly }] }
  - { id: eng, name: Engineer, consumes: [{ artifact: plan, cadence: weekly }] }
artifacts:
  - { id: plan, name: Plan, format: text }`, ids.growth);
  const finance = fixture(`
roles:
  - { id: cfo, name: CFO, consumes: [{ artifact: ${ids.data}/metrics, cadence: weekly }, { artifact: ${ids.growth}/forecast, cadence: weekly }], produces: [{ artifact: budget, cadence: monthly }] }
  - { id: board, name: Board, consumes: [{ artifact: budget, cadence: monthly }] }
artifacts:
  - { id: budget, name: Budget, format: sheet }`, ids.finance);
  return { ids, teams: { data, growth, finance } };
}

const CROSS = new Set(["unresolved-reference", "unpublished-dependency", "uncontracted-cross-team-flow"]);
const line = (f: Finding) => `${f.team} ${f.rule} ${f.subjectId}`;

describe("the organisation's gap report", () => {
  for (const order of [["data", "growth", "finance"], ["finance", "growth", "data"]] as const) {
    it(`finds each planted cross-team gap exactly once, teams imported ${order.join(", ")}`, async () => {
      const { ids, teams } = organisation();
      for (const name of order) await imported(teams[name]);
      const mine = new Set(Object.values(ids));
      const report = await organizationGapReport(db, { asOf: new Date("2026-03-01T12:00:00Z") });
      const ours = report.findings.filter((f) => f.team !== undefined && mine.has(f.team));
      expect(ours.filter((f) => CROSS.has(f.rule)).map(line).sort()).toEqual([
        `${ids.finance} uncontracted-cross-team-flow ${ids.data}/metrics`,
        `${ids.finance} unresolved-reference ${ids.growth}/forecast`,
        `${ids.growth} unpublished-dependency ${ids.data}/raw`,
      ]);
      // Reported once: the unresolved reference is not also an unsourced input, and what other
      // teams consume is no orphan and its producer no hoarder.
      expect(ours.filter((f) => ["unsourced-input", "orphan-output", "context-hoarding"].includes(f.rule) && f.team === ids.data)).toEqual([]);
      expect(ours.some((f) => f.rule === "unsourced-input" && f.subjectId.endsWith("forecast"))).toBe(false);

      // One team's report sees across teams too, and agrees with the organisation's.
      for (const id of Object.values(ids)) {
        const single = await gapReport(db, id, { asOf: new Date("2026-03-01T12:00:00Z") });
        expect(single?.findings.map(line).sort()).toEqual(ours.filter((f) => f.team === id).map(line).sort());
      }
    });
  }

  it("resolves a reference when the other team arrives, without re-importing the referencing team", async () => {
    const { ids, teams } = organisation();
    await imported(teams.growth);
    const before = await gapReport(db, ids.growth);
    expect(before?.findings.filter((f) => f.rule === "unresolved-reference").map((f) => f.subjectId).sort()).toEqual([`${ids.data}/metrics`, `${ids.data}/raw`]);
    await imported(teams.data);
    const after = await gapReport(db, ids.growth);
    expect(after?.findings.filter((f) => f.rule === "unresolved-reference")).toEqual([]);
    expect(after?.findings.filter((f) => CROSS.has(f.rule)).map((f) => `${f.rule} ${f.subjectId}`)).toEqual([`unpublished-dependency ${ids.data}/raw`]);
  });

  it("reads every team's graph in a bounded number of round trips, not one per team", async () => {
    const { teams } = organisation();
    for (const team of Object.values(teams)) await imported(team);
    const count = (await listTeams(db)).length;
    const before = db.stats.roundTrips;
    await organizationGapReport(db, { fresh: true });
    // The last-commit mark, the team list, then one read per batch of teams.
    expect(db.stats.roundTrips - before).toBeLessThanOrEqual(2 + Math.ceil(count / TEAMS_PER_READ));
  });
});
