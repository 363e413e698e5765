import { describe, expect, it } from "vitest";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { uniqueTeamId } from "../helpers.ts";
import { db, fixture, imported, reportOf } from "./fixture.ts";

// The organisation's chain index is remembered under the structure mark (db/structure-mark.ts;
// test/structure-mark.test.ts checks the mark itself), not under every write: a handoff leaves
// it, an import of the team upstream must not.
const upstream = (direct: boolean) => `
stages: [{ id: work, name: Work }]
roles:
  - { id: u0, name: U0, engagement: { work: lead }, consumes: [{ artifact: src, cadence: weekly }], produces: [{ artifact: mid, cadence: weekly }] }
  - { id: u1, name: U1, engagement: { work: support }, consumes: [{ artifact: ${direct ? "src" : "mid"}, cadence: weekly }], produces: [{ artifact: x, cadence: weekly }] }
artifacts:
  - { id: src, name: Source, format: text, external: true }
  - { id: mid, name: Middle, format: text }
  - { id: x, name: X, format: text, published: true }`;
const downstream = (up: string) => `
stages: [{ id: work, name: Work }, { id: ship, name: Ship }]
roles:
  - { id: d1, name: D1, engagement: { work: lead }, consumes: [{ artifact: ${up}/x, cadence: weekly }], produces: [{ artifact: y, cadence: weekly }] }
  - { id: d2, name: D2, engagement: { ship: lead }, consumes: [{ artifact: y, cadence: weekly }] }
artifacts:
  - { id: y, name: Y, format: text }
contracts:
  - { id: k, from: d1, to: d2, boundary: { from: work, to: ship }, carries: [y], gates: [{ id: g, text: G }] }`;

/**
 * The boundaries D1's output has crossed when it reaches D2: D1's distance from outside over
 * the organisation, + 1 (the contract's gate has no check, so the seam's whole debt shows).
 */
const seamD1 = async (team: string) =>
  (await reportOf(team)).translationDebt.boundaries.flatMap((b) => b.seams).find((s) => s.from === "d1" && s.to === "d2")?.boundaries;

describe("the chain index under the structure mark", () => {
  it("a team's report sees the chain change an import upstream made, after a handoff was written in between", async () => {
    const up = await imported(fixture(upstream(true)));
    const down = await imported(fixture(downstream(up), uniqueTeamId("gap-down")));
    // U1 reads the external source itself: D1 is one boundary past it, so D1 -> D2 is the second.
    expect(await seamD1(down)).toBe(2);
    await db.driver.executeQuery(
      `MATCH (k:Contract {team: $team, id: 'k'}) CREATE (h:Handoff {team: $team, id: 'k/1', contractId: 'k', submittedBy: 'd1',
         submittedAt: '2026-03-01T00:00:00.000Z', payload: '{}', gateResults: '[]', passed: true})-[:UNDER]->(k)`,
      { team: down }, { database: db.database });
    expect(await seamD1(down)).toBe(2);
    // Now U1 takes the source through U0: one boundary more all the way down.
    await importTeam(db, fixture(upstream(false), up));
    expect(await seamD1(down)).toBe(3);
  });
});
