import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDiff } from "../graph/diff.ts";
import { ENTITY_LABELS, type EntityLabel, type GraphRows, type NodeRow, type Props, type RelRow } from "../graph/rows.ts";

/**
 * The import's statements: a team's structure read as graph rows, and a diff written back.
 *
 * Each statement is planned once per server and then reused for every team, whatever its
 * size or id (the import bench, docs/performance.md):
 * - `replan=skip`: the plans follow from the schema alone (unique (team, id) seeks, named in
 *   hints, and the team index), so the growing label counts need not trigger a replan. Without
 *   it Neo4j replanned all ~50 statements each time the counts had grown enough since, which an
 *   organisation being imported does again and again: 0.1 to 1.5 s per statement on a busy machine.
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
  // One statement per label, all sent at once: one round trip, not ten.
  const results = await settleAll(ENTITY_LABELS.map((label) => tx.run(
    `${PREFIX} MATCH (n:${name(label)} {team: $scope.team}) USING INDEX n:${name(label)}(team)
     OPTIONAL MATCH (n)-[r]->(m {team: $scope.team}) WHERE NOT m:Handoff
     RETURN n.id AS id, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), label: labels(m)[0], id: m.id, props: properties(r)} END) AS out`,
    scope(team))));
  const nodes: NodeRow[] = [];
  const rels: RelRow[] = [];
  ENTITY_LABELS.forEach((label, i) => {
    for (const record of results[i]?.records ?? []) {
      const id = record.get("id") as string;
      const { team: _team, ...rest } = record.get("props") as Props & { team?: string };
      nodes.push({ label, id, props: rest });
      for (const o of record.get("out") as { type: RelRow["type"]; label: EntityLabel; id: string; props: Props }[]) {
        rels.push({ type: o.type, from: { label, id }, to: { label: o.label, id: o.id }, key: String(o.props.key ?? ""), props: o.props });
      }
    }
  });
  return { nodes, rels };
}

/**
 * Writes the diff: one `UNWIND` statement per label and relationship shape, all sent at once
 * and then awaited together. The driver pipelines them on the transaction's connection and
 * the server runs them in order, so a delete still comes before the create it makes room for.
 */
export async function applyDiff(tx: ManagedTransaction, team: string, diff: GraphDiff): Promise<void> {
  // Every node is found through its (team, id) unique index, named in a hint: left to itself,
  // on a young database the planner chose the team index and filtered on id for some labels
  // (a scan of the team's roles, steps, workflows... for every row).
  const key = (v: string, label: string, id: string) => `(${v}:${name(label)} {team: $scope.team, id: ${id}})`;
  const hint = (v: string, label: string) => `USING INDEX ${v}:${name(label)}(team, id)`;
  const relMatch = (t: string, from: string, to: string) =>
    `MATCH ${key("a", from, "row.from")}-[r:${name(t)} {key: row.key}]->${key("b", to, "row.to")} ${hint("a", from)} ${hint("b", to)}`;
  const set = "SET n = row.props, n.team = $scope.team, n.id = row.id";
  const statements: { text: string; rows: Record<string, unknown>[] }[] = [];
  const add = (rows: Record<string, unknown>[], cypher: string) => {
    for (let i = 0; i < rows.length; i += BATCH) statements.push({ text: `${PREFIX} UNWIND $rows AS row ${cypher}`, rows: rows.slice(i, i + BATCH) });
  };
  for (const [[t, from, to], rows] of groupRels(diff.deleteRels)) add(rows, `${relMatch(t, from, to)} DELETE r`);
  for (const [label, rows] of groupNodes(diff.deleteNodes)) add(rows, `MATCH ${key("n", label, "row.id")} ${hint("n", label)} DETACH DELETE n`);
  for (const [label, rows] of groupNodes(diff.createNodes)) add(rows, `CREATE (n:${name(label)}) ${set}`);
  for (const [label, rows] of groupNodes(diff.updateNodes)) add(rows, `MATCH ${key("n", label, "row.id")} ${hint("n", label)} ${set}`);
  for (const [[t, from, to], rows] of groupRels(diff.createRels)) {
    add(rows, `MATCH ${key("a", from, "row.from")} ${hint("a", from)} MATCH ${key("b", to, "row.to")} ${hint("b", to)}
       CREATE (a)-[r:${name(t)}]->(b) SET r = row.props`);
  }
  for (const [[t, from, to], rows] of groupRels(diff.updateRels)) add(rows, `${relMatch(t, from, to)} SET r = row.props`);
  await settleAll(statements.map((s) => tx.run(s.text, { ...scope(team), rows: s.rows })));
}

/** Waits for every result, then throws the first failure: none is left to reject unhandled. */
export async function settleAll<T>(pending: PromiseLike<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(pending);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}

function groupNodes(rows: NodeRow[]): Map<EntityLabel, { id: string; props: Props }[]> {
  const groups = new Map<EntityLabel, { id: string; props: Props }[]>();
  for (const row of rows) {
    const group = groups.get(row.label) ?? [];
    group.push({ id: row.id, props: row.props });
    groups.set(row.label, group);
  }
  return groups;
}

function groupRels(rows: RelRow[]): Map<[string, string, string], { from: string; to: string; key: string; props: Props }[]> {
  const byKey = new Map<string, { shape: [string, string, string]; rows: { from: string; to: string; key: string; props: Props }[] }>();
  for (const r of rows) {
    const k = `${r.type}|${r.from.label}|${r.to.label}`;
    const group = byKey.get(k) ?? { shape: [r.type, r.from.label, r.to.label], rows: [] };
    group.rows.push({ from: r.from.id, to: r.to.id, key: r.key, props: r.props });
    byKey.set(k, group);
  }
  return new Map([...byKey.values()].map((g) => [g.shape, g.rows]));
}
