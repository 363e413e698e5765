import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDiff } from "../graph/diff.ts";
import * as cypher from "./cypher/team-graph.ts";
import { detachIncoming, resolveForeignTargets, resolvePending, type BrokenReference } from "./cross-team.ts";
import type { Statement } from "./cypher/statement.ts";
import { ENTITY_LABELS, nodeKey, relKey, type EntityLabel, type GraphRows, type Props, type RelRow } from "../graph/rows.ts";

/**
 * The import's reads and writes inside its transaction: a team's structure read as graph
 * rows, and a diff written back. The statements (performance-tuned) are cypher/team-graph.ts's.
 */
const BATCH = 5_000;
const send = (tx: ManagedTransaction, s: Statement) => tx.run(s.text, s.params);

/**
 * Serializes concurrent imports of one team: the second waits here, then diffs against the
 * first's result. Not awaited by the caller before the reads: they go out behind it on the
 * same connection and the server runs them after it, so lock and reads are one round trip.
 */
export const lockTeam = (tx: ManagedTransaction, team: string) => send(tx, cypher.lockTeam(team));

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
  const results = await settleAll(ENTITY_LABELS.map((label) => send(tx, cypher.readLabel(label, team))));
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
export async function applyDiff(tx: ManagedTransaction, team: string, diff: GraphDiff, ids: ElementIds): Promise<BrokenReference[]> {
  const eid = (map: Map<string, string>, key: string) => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`no element id for ${key}`);
    return found;
  };
  const run = (rows: unknown[][], statementOf: (chunk: unknown[][]) => Statement) => {
    const pending = [];
    for (let i = 0; i < rows.length; i += BATCH) pending.push(send(tx, statementOf(rows.slice(i, i + BATCH))));
    return pending;
  };
  const byIds = (rows: { eid: string; props?: Props }[], change: cypher.ByIds) => {
    const pending = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH);
      pending.push(send(tx, cypher.byElementIds(change, team, chunk.map((r) => r.eid), Object.fromEntries(chunk.map((r) => [r.eid, r.props ?? {}])))));
    }
    return pending;
  };
  // Other teams' references to nodes about to go move to placeholders first (sent first, run first).
  const broken = detachIncoming(tx, diff.deleteNodes.map((n) => ({ label: n.label, eid: eid(ids.nodes, nodeKey(n)) })), true);
  const first: PromiseLike<unknown>[] = [
    broken,
    resolveForeignTargets(tx, diff.createRels, ids.nodes),
    ...byIds(diff.deleteRels.map((r) => ({ eid: eid(ids.rels, relKey(r)) })), "deleteRels"),
    ...byIds(diff.deleteNodes.map((n) => ({ eid: eid(ids.nodes, nodeKey(n)) })), "deleteNodes"),
    ...byIds(diff.updateNodes.map((n) => ({ eid: eid(ids.nodes, nodeKey(n)), props: n.props })), "updateNodes"),
    ...byIds(diff.updateRels.map((r) => ({ eid: eid(ids.rels, relKey(r)), props: r.props })), "updateRels"),
  ];
  // The team goes into each row; the element ids come back in row order.
  const created = [...groupBy(diff.createNodes, (n) => n.label)].flatMap(([label, nodes]) => {
    const chunks = [];
    for (let i = 0; i < nodes.length; i += BATCH) chunks.push(nodes.slice(i, i + BATCH));
    return chunks.map(async (chunk) => {
      const result = await send(tx, cypher.createNodes(label, team, chunk.map((n) => ({ ...n.props, team }))));
      if (result.records.length !== chunk.length) throw new Error(`created ${result.records.length} ${label} nodes of ${chunk.length}`);
      chunk.forEach((n, i) => ids.nodes.set(nodeKey(n), result.records[i]?.get("eid") as string));
    });
  });
  await Promise.all([settleAll(first), settleAll(created)]);
  await settleAll([...groupBy(diff.createRels, (r) => r.type)].flatMap(([type, rows]) =>
    run(rows.map((r) => [eid(ids.nodes, nodeKey(r.from)), eid(ids.nodes, nodeKey(r.to)), r.props]), (chunk) => cypher.createRels(type, team, chunk))));
  // References other teams made while this team's artifact or role was missing now find it.
  if (diff.createNodes.some((n) => n.label === "Artifact" || n.label === "Role")) await resolvePending(tx, team);
  return await broken;
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
