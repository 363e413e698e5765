import { fromTeam, type GraphHandoff, type TeamGraph } from "@rolegraph/rules";
import { fromGraph } from "../graph/from-graph.ts";
import type { Db } from "./driver.ts";
import { readGraph } from "./team-graph.ts";

// The run-time records the time-based rules read (sla-breach, failed-gate). Times through
// toString, so a driver-native DateTime and ISO text read alike and print as stored; the team
// inside a map, as the import's statements pass it, so one plan serves every team id.
const HANDOFFS = `
MATCH (h:Handoff {team: $scope.team})-[:UNDER]->(k:Contract {team: $scope.team})
RETURN h.id AS id, k.id AS contract, toString(h.submittedAt) AS submittedAt, toString(h.acknowledgedAt) AS acknowledgedAt,
       toString(h.nextStageStartedAt) AS nextStageStartedAt, h.passed AS passed, h.gateResults AS gateResults`;

/**
 * The graph the gap rules read, for one team, or null when the team is not in Neo4j: one read
 * transaction whose statements go out together (the team's structure as the import reads it,
 * and its handoffs), so one round trip; then the same builder `rolegraph lint FILE` uses.
 */
export function readRulesGraph(db: Db, team: string): Promise<TeamGraph | null> {
  return db.read(async (tx) => {
    const structure = readGraph(tx, team);
    const handoffs = tx.run<GraphHandoff>(HANDOFFS, { scope: { team } });
    const [rows, records] = await Promise.all([structure, handoffs]);
    if (!rows.nodes.some((n) => n.label === "Team")) return null;
    return fromTeam(fromGraph(rows), records.records.map((r) => r.toObject()));
  });
}
