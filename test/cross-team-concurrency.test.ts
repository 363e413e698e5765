import { afterAll, describe, expect, it } from "vitest";
import { statement } from "../apps/api/src/db/cypher/statement.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testDb, uniqueTeamId } from "./helpers.ts";
import { parsedTeams } from "./parsed-teams.ts";

/**
 * Placeholder resolution under concurrency (cypher/cross-team.ts): a producing team imported
 * while the teams consuming its artifact are imported beside it, round after round, with the
 * artifact added and removed. Whatever the interleaving, once the imports are done every
 * consumer's flow points at the artifact when it exists and at its placeholder when not.
 */
const db = testDb();
const { team, cleanup } = parsedTeams(db);
afterAll(async () => {
  await cleanup();
  await db.close();
});
const producer = (a: string, withMetrics: boolean) => team(`version: 1
team: { id: ${a}, name: Data }
roles:
  - id: analyst
    name: Analyst
    produces: [{ artifact: ${withMetrics ? "weekly-metrics" : "monthly-report"} }]
artifacts:
  - { id: ${withMetrics ? "weekly-metrics" : "monthly-report"}, name: Report, published: true }
`);
const consumer = (b: string, a: string, round: number) => team(`version: 1
team: { id: ${b}, name: Growth ${round} }
roles:
  - id: growth-pm
    name: Growth PM ${round}
    consumes: [{ artifact: ${a}/weekly-metrics }]
    produces: [{ artifact: growth-plan }]
artifacts:
  - { id: growth-plan, name: Growth plan }
`);

describe("cross-team references under concurrency", () => {
  it("resolve and detach right whatever the order of concurrent imports", async () => {
    const a = uniqueTeamId("data");
    const consumers = [1, 2, 3].map(() => uniqueTeamId("growth"));
    for (let round = 0; round < 6; round++) {
      const withMetrics = round % 2 === 0;
      const imports = [importTeam(db, producer(a, withMetrics)), ...consumers.map((b) => importTeam(db, consumer(b, a, round)))];
      // The producer first, last or in the middle of its consumers.
      await Promise.all(round % 3 === 0 ? imports : round % 3 === 1 ? imports.reverse() : [imports[1], imports[0], ...imports.slice(2)]);
      const targets = await db.run<{ team: string; label: string }>(statement(
        `MATCH (r:Role)-[:CONSUMES]->(t) WHERE r.team IN $consumers RETURN r.team AS team, labels(t)[0] AS label ORDER BY team`, { consumers }));
      expect(targets.map((t) => t.label), `round ${round}`).toEqual(consumers.map(() => (withMetrics ? "Artifact" : "Unresolved")));
    }
  });
});
