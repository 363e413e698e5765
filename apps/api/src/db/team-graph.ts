import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDiff } from "../graph/diff.ts";
import { ENTITY_LABELS, nodeKey, relKey, type EntityLabel, type GraphRows, type Props, type RelRow } from "../graph/rows.ts";

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
 */
const PREFIX = "CYPHER replan=skip";
const BATCH = 5_000;
const SAFE_NAME = /^[A-Z][A-Za-z_]*$/;

/** Labels and types come from our own constants, never from input; the check keeps it so. */
export const name = (n: string) => {
  if (!SAFE_NAME.test(n)) throw new Error(`unsafe label or type '${n}'`);
  return n;
};
const scope = (team: string) => ({ scope: { team } });

/**
 * Serializes concurrent imports of one team: the second waits here, then diffs against the
 * first's result. Not awaited by the caller before the reads: they go out behind it on the
 * same connection and the server runs them after it, so lock and reads are one round trip.
 */
export const lockTeam = (tx: ManagedTransaction, team: string) =>
  tx.run(`${PREFIX} MATCH (t:Team {team: $scope.team, id: $scope.team}) USING INDEX t:Team(team, id)
    SET t.importLock = true REMOVE t.importLock`, scope(team));

/** The team's structure as graph rows (handoffs are run-time records, not structure). */
export async function readGraph(tx: ManagedTransaction, team: string): Promise<GraphRows> {
  return (await readTeam(tx, team)).graph;
}

/** Neo4j's element ids of the team's nodes and relationships, by nodeKey and relKey. */
export interface ElementIds {
  nodes: Map<string, string>;
  rels: Map<string, string>;
}

/** The graph rows, and the element ids the import's writes find nodes and relationships by. */
export async function readTeam(tx: ManagedTransaction, team: string): Promise<{ graph: GraphRows; ids: ElementIds }> {
  // One statement per label, all sent at once: one round trip, not ten.
  const results = await settleAll(ENTITY_LABELS.map((label) => tx.run(
    `${PREFIX} MATCH (n:${name(label)} {team: $scope.team}) USING INDEX n:${name(label)}(team)
     OPTIONAL MATCH (n)-[r]->(m {team: $scope.team}) WHERE NOT m:Handoff
     RETURN n.id AS id, elementId(n) AS eid, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), label: labels(m)[0], id: m.id, props: properties(r), eid: elementId(r)} END) AS out`,
    scope(team))));
  const graph: GraphRows = { nodes: [], rels: [] };
  const ids: ElementIds = { nodes: new Map(), rels: new Map() };
  ENTITY_LABELS.forEach((label, i) => {
    for (const record of results[i]?.records ?? []) {
      const id = record.get("id") as string;
      const { team: _team, ...rest } = record.get("props") as Props & { team?: string };
      graph.nodes.push({ label, id, props: rest });
      ids.nodes.set(nodeKey({ label, id }), record.get("eid") as string);
      for (const o of record.get("out") as { type: RelRow["type"]; label: EntityLabel; id: string; props: Props; eid: string }[]) {
        const rel: RelRow = { type: o.type, from: { label, id }, to: { label: o.label, id: o.id }, key: String(o.props.key ?? ""), props: o.props };
        graph.rels.push(rel);
        ids.rels.set(relKey(rel), o.eid);
      }
    }
  });
  return { graph, ids };
}

/**
 * Writes the diff in two waves of `UNWIND` statements, each wave sent at once and awaited
 * together (the driver pipelines them on the transaction's connection; the server runs them
 * in order, so a delete still comes before the create it makes room for):
 * 1. deletes and updates, by the element ids read under the lock, and the new nodes, one
 *    statement per label, each returning the new nodes' element ids;
 * 2. the new relationships, one statement per type, between nodes found by element id.
 * A seek by element id costs a fraction of a (team, id) unique-index seek, which also locks
 * the index entry; these were two per relationship, ~2,000 per team.
 */
export async function applyDiff(tx: ManagedTransaction, team: string, diff: GraphDiff, ids: ElementIds): Promise<void> {
  const eid = (map: Map<string, string>, key: string) => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`no element id for ${key}`);
    return found;
  };
  const send = (cypher: string, params: Record<string, unknown>) => tx.run(`${PREFIX} ${cypher}`, { ...scope(team), ...params });
  const run = (rows: unknown[], cypher: string) => {
    const pending = [];
    for (let i = 0; i < rows.length; i += BATCH) pending.push(send(`UNWIND $rows AS row ${cypher}`, { rows: rows.slice(i, i + BATCH) }));
    return pending;
  };
  // Relationships by element id only as `IN $ids`: with `= row.id` under UNWIND, the planner
  // scanned all relationships on a young database, and replan=skip would keep that plan.
  const byIds = (rows: { eid: string; props?: Props }[], cypher: string) => {
    const pending = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH);
      pending.push(send(cypher, { ids: chunk.map((r) => r.eid), props: Object.fromEntries(chunk.map((r) => [r.eid, r.props ?? {}])) }));
    }
    return pending;
  };
  const first = [
    ...byIds(diff.deleteRels.map((r) => ({ eid: eid(ids.rels, relKey(r)) })), "MATCH ()-[r]->() WHERE elementId(r) IN $ids DELETE r"),
    ...byIds(diff.deleteNodes.map((n) => ({ eid: eid(ids.nodes, nodeKey(n)) })), "MATCH (n) WHERE elementId(n) IN $ids DETACH DELETE n"),
    ...byIds(diff.updateNodes.map((n) => ({ eid: eid(ids.nodes, nodeKey(n)), props: n.props })),
      "MATCH (n) WHERE elementId(n) IN $ids SET n = $props[elementId(n)], n.team = $scope.team"),
    ...byIds(diff.updateRels.map((r) => ({ eid: eid(ids.rels, relKey(r)), props: r.props })),
      "MATCH ()-[r]->() WHERE elementId(r) IN $ids SET r = $props[elementId(r)]"),
  ];
  // The team goes into each row and only the element id comes back, in row order (UNWIND,
  // CREATE and SET stream row by row): `n.team = $scope.team` or `RETURN row.id` made the
  // planner buffer every row (Eager), twice.
  const created = [...groupBy(diff.createNodes, (n) => n.label)].flatMap(([label, nodes]) => {
    const chunks = [];
    for (let i = 0; i < nodes.length; i += BATCH) chunks.push(nodes.slice(i, i + BATCH));
    return chunks.map(async (chunk) => {
      const result = await send(`UNWIND $rows AS row CREATE (n:${name(label)}) SET n = row RETURN elementId(n) AS eid`,
        { rows: chunk.map((n) => ({ ...n.props, team })) });
      if (result.records.length !== chunk.length) throw new Error(`created ${result.records.length} ${label} nodes of ${chunk.length}`);
      chunk.forEach((n, i) => ids.nodes.set(nodeKey(n), result.records[i]?.get("eid") as string));
    });
  });
  await Promise.all([settleAll(first), settleAll(created)]);
  // Rows are [from, to, props] lists: the driver encodes every map key of every row.
  await settleAll([...groupBy(diff.createRels, (r) => r.type)].flatMap(([type, rows]) =>
    run(rows.map((r) => [eid(ids.nodes, nodeKey(r.from)), eid(ids.nodes, nodeKey(r.to)), r.props]),
      `MATCH (a) WHERE elementId(a) = row[0] MATCH (b) WHERE elementId(b) = row[1] CREATE (a)-[r:${name(type)}]->(b) SET r = row[2]`)));
}

/** Waits for every result, then throws the first failure: none is left to reject unhandled. */
export async function settleAll<T>(pending: PromiseLike<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(pending);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

function groupBy<T, K>(rows: T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row)) ?? [];
    group.push(row);
    groups.set(keyOf(row), group);
  }
  return groups;
}
