import { describe, expect, it } from "vitest";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { gapReport } from "../../apps/api/src/services/gaps.ts";
import { db, fixture, imported } from "./fixture.ts";

// gapReport remembers a team's graph under Neo4j's last-commit mark: these check that every
// kind of write is seen, and that time-based findings follow each call's asOf.
const body = (produces: string) => `
stages: [{ id: work, name: Work }, { id: ship, name: Ship }]
roles:
  - { id: pm, name: PM, engagement: { work: lead }, consumes: [{ artifact: calls, cadence: weekly }], produces: [{ artifact: brief, cadence: weekly }] }
  - { id: sales, name: Sales, engagement: { ship: lead }, consumes: [{ artifact: brief, cadence: weekly }], produces: [{ artifact: ${produces}, cadence: weekly }] }
artifacts:
  - { id: calls, name: Calls, format: text, external: true }
  - { id: brief, name: Brief, format: text }
  - { id: notes, name: Notes, format: text }
contracts:
  - { id: k, from: pm, to: sales, boundary: { from: work, to: ship }, carries: [brief], gates: [{ id: g, text: G, check: { field: x, present: true } }], sla: { acknowledgeWithinHours: 24 } }`;

const rules = async (team: string, asOf = new Date("2026-03-01T12:00:00Z")) =>
  (await gapReport(db, team, { asOf }))?.findings.map((f) => `${f.rule} ${f.subjectId}`);

describe("remembered gap reports", () => {
  it("reads again after an import of the same team", async () => {
    const team = fixture(body("notes"));
    const id = await imported(team);
    expect(await rules(id)).toEqual(["context-hoarding sales", "orphan-output notes"]);
    expect(await rules(id)).toEqual(["context-hoarding sales", "orphan-output notes"]);
    // Sales now produces what PM consumes: no hoarder, no orphan.
    await importTeam(db, fixture(body("calls"), id));
    expect(await rules(id)).toEqual([]);
  });

  it("sees a write made outside this Db (as by another process), and judges handoffs against each call's asOf", async () => {
    const id = await imported(fixture(body("calls")));
    expect(await rules(id)).toEqual([]);
    // Straight through the driver, past Db.write and its commit listeners: as another process writes.
    await db.driver.executeQuery(
      `MATCH (k:Contract {team: $team, id: 'k'}) MATCH (r:Role {team: $team, id: 'pm'})
       CREATE (h:Handoff {team: $team, id: 'k/1', contractId: 'k', submittedBy: 'pm', submittedAt: '2026-03-01T00:00:00.000Z',
                          payload: '{}', gateResults: '[]', passed: true})
       CREATE (h)-[:UNDER]->(k), (h)-[:SUBMITTED_BY]->(r)`, { team: id }, { database: db.database });
    // 12 h after submission: within the SLA; 36 h after: 12 h overdue. Same graph, two moments.
    expect(await rules(id)).toEqual([]);
    expect(await rules(id, new Date("2026-03-02T12:00:00Z"))).toEqual(["sla-breach k/1"]);
    expect(await rules(id)).toEqual([]);
  });
});
