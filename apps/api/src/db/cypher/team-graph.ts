import type { EntityLabel, RelType } from "../../graph/rows.ts";
import { name, statement, type Statement } from "./statement.ts";

/**
 * The import's statements: a team's structure read as graph rows, and a diff written back.
 *
 * Each statement is planned once per server and then reused for every team, whatever its
 * size or id (the import bench, docs/performance.md):
 * - `replan=skip`: the plans follow from the statements alone (seeks by element id, the team
 *   index, the (team, id) unique index named in a hint), so the growing label counts need not
 *   trigger a replan. Without it Neo4j replanned all ~50 statements each time the counts had
 *   grown enough since, which an organisation being imported does again and again: 0.1 to
 *   1.5 s per statement on a busy machine.
 * - the team travels inside a map, `$scope.team`: Neo4j's plan cache key includes the length
 *   bucket (1, 10, 100...) of every string parameter, so a bare `$team` planned everything anew
 *   for team ids of another length.
 * The texts are performance-tuned: change them only with the import bench before and after.
 */
const PREFIX = "CYPHER replan=skip";
const scope = (team: string) => ({ scope: { team } });

/**
 * Serializes concurrent imports of one team: the second waits here, then diffs against the
 * first's result.
 */
export const lockTeam = (team: string): Statement =>
  statement(`${PREFIX} MATCH (t:Team {team: $scope.team, id: $scope.team}) USING INDEX t:Team(team, id)
    SET t.importLock = true REMOVE t.importLock`, scope(team));

/**
 * One label's nodes of the team, each with its outgoing relationships (handoffs are not
 * structure): inside the team, and to other teams' artifacts and roles or the placeholders
 * of those not in the graph (cypher/cross-team.ts), named `TEAM/ID` as the document does.
 */
export const readLabel = (label: EntityLabel, team: string): Statement =>
  statement(`${PREFIX} MATCH (n:${name(label)} {team: $scope.team}) USING INDEX n:${name(label)}(team)
     OPTIONAL MATCH (n)-[r]->(m) WHERE m.team = $scope.team AND NOT m:Handoff OR m.team <> $scope.team AND (m:Artifact OR m:Role OR m:Unresolved)
     RETURN n.id AS id, elementId(n) AS eid, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null WHEN m.team = $scope.team
              THEN {type: type(r), label: labels(m)[0], id: m.id, props: properties(r), eid: elementId(r)}
              ELSE {type: type(r), label: CASE WHEN m:Unresolved THEN m.kind ELSE labels(m)[0] END, id: m.team + "/" + m.id, props: properties(r), eid: elementId(r)} END) AS out`,
  scope(team));

// Relationships by element id only as `IN $ids`: with `= row.id` under UNWIND, the planner
// scanned all relationships on a young database, and replan=skip would keep that plan.
const BY_IDS = {
  deleteRels: "MATCH ()-[r]->() WHERE elementId(r) IN $ids DELETE r",
  deleteNodes: "MATCH (n) WHERE elementId(n) IN $ids DETACH DELETE n",
  updateNodes: "MATCH (n) WHERE elementId(n) IN $ids SET n = $props[elementId(n)], n.team = $scope.team",
  updateRels: "MATCH ()-[r]->() WHERE elementId(r) IN $ids SET r = $props[elementId(r)]",
} as const;
export type ByIds = keyof typeof BY_IDS;

/** Deletes or updates nodes or relationships found by element id; `props` by element id for updates. */
export const byElementIds = (change: ByIds, team: string, ids: string[], props: Record<string, unknown>): Statement =>
  statement(`${PREFIX} ${BY_IDS[change]}`, { ...scope(team), ids, props });

/**
 * New nodes of one label; the team goes into each row and only the element id comes back, in
 * row order (UNWIND, CREATE and SET stream row by row): `n.team = $scope.team` or `RETURN
 * row.id` made the planner buffer every row (Eager), twice.
 */
export const createNodes = (label: EntityLabel, team: string, rows: Record<string, unknown>[]): Statement =>
  statement(`${PREFIX} UNWIND $rows AS row CREATE (n:${name(label)}) SET n = row RETURN elementId(n) AS eid`, { ...scope(team), rows });

/** New relationships of one type; rows are [from, to, props] lists: the driver encodes every map key of every row. */
export const createRels = (type: RelType, team: string, rows: unknown[][]): Statement =>
  statement(`${PREFIX} UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] MATCH (b) WHERE elementId(b) = row[1] CREATE (a)-[r:${name(type)}]->(b) SET r = row[2]`,
    { ...scope(team), rows });
