import type { Team } from "@rolegraph/schema";
import type { ManagedTransaction } from "neo4j-driver";
import { diffCounts, diffGraph, type DiffCounts, type GraphDiff } from "../graph/diff.ts";
import { fromGraph } from "../graph/from-graph.ts";
import { ENTITY_LABELS, type EntityLabel, type GraphRows, type NodeRow, type Props, type RelRow } from "../graph/rows.ts";
import { toGraph } from "../graph/to-graph.ts";
import type { Db } from "./driver.ts";

const BATCH = 5_000;
const SAFE_NAME = /^[A-Z][A-Za-z_]*$/;
// Labels and types come from our own constants, never from input; the check keeps it so.
const name = (n: string) => {
  if (!SAFE_NAME.test(n)) throw new Error(`unsafe label or type '${n}'`);
  return n;
};

export interface ImportOutcome extends DiffCounts {
  teamId: string;
  changed: boolean;
  dryRun: boolean;
}

/**
 * Makes the team in the graph equal to the document, in one transaction: read what is
 * there, diff it against the document, write only the difference. Re-importing the same
 * document writes nothing.
 */
export async function importTeam(db: Db, team: Team, options: { dryRun?: boolean } = {}): Promise<ImportOutcome> {
  const teamId = team.team.id;
  const desired = toGraph(team);
  const attempt = () => db.write(async (tx) => {
    // Serializes concurrent imports of one team: the second waits here, then diffs against the first's result.
    await tx.run("MATCH (t:Team {team: $team, id: $team}) SET t.importLock = true REMOVE t.importLock", { team: teamId });
    const diff = diffGraph(await readGraph(tx, teamId), desired);
    const counts = diffCounts(diff);
    if (!options.dryRun) await applyDiff(tx, teamId, diff);
    return { teamId, ...counts, changed: counts.created + counts.updated + counts.deleted > 0, dryRun: options.dryRun ?? false };
  });
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      // Two first imports of a new team race past the lock (there is no Team node to lock
      // yet): the unique constraint stops the second, which runs again, now behind the lock,
      // against the first's result.
      if (tries >= 3 || (error as { code?: string }).code !== "Neo.ClientError.Schema.ConstraintValidationFailed") throw error;
    }
  }
}

export async function exportTeam(db: Db, teamId: string) {
  const rows = await db.read((tx) => readGraph(tx, teamId));
  return rows.nodes.length === 0 ? null : fromGraph(rows);
}

export async function listTeams(db: Db): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }>("MATCH (t:Team) RETURN t.id AS id, t.name AS name ORDER BY id");
}

/** What deleting a team would remove; with `confirm`, removes it (handoffs too). */
export async function deleteTeam(db: Db, teamId: string, confirm: boolean) {
  const count = async (tx: ManagedTransaction) => {
    const labels = [...ENTITY_LABELS, "Handoff"].map((l) => `n:${name(l)}`).join(" OR ");
    const result = await tx.run(
      `MATCH (n {team: $team}) WHERE ${labels}
       OPTIONAL MATCH (n)-[r]-() WITH count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships
       RETURN nodes, relationships`, { team: teamId });
    const row = result.records[0];
    return { nodes: Number(row?.get("nodes") ?? 0), relationships: Number(row?.get("relationships") ?? 0) };
  };
  if (!confirm) return { deleted: false, ...(await db.read(count)) };
  return db.write(async (tx) => {
    const blast = await count(tx);
    for (const label of [...ENTITY_LABELS, "Handoff"]) {
      await tx.run(`MATCH (n:${name(label)} {team: $team}) DETACH DELETE n`, { team: teamId });
    }
    return { deleted: blast.nodes > 0, ...blast };
  });
}

/** The team's structure as graph rows (handoffs are run-time records, not structure). */
export async function readGraph(tx: ManagedTransaction, teamId: string): Promise<GraphRows> {
  const nodes: NodeRow[] = [];
  const rels: RelRow[] = [];
  for (const label of ENTITY_LABELS) {
    const result = await tx.run(
      `MATCH (n:${name(label)} {team: $team})
       OPTIONAL MATCH (n)-[r]->(m {team: $team}) WHERE NOT m:Handoff
       RETURN n.id AS id, properties(n) AS props,
              collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), label: labels(m)[0], id: m.id, props: properties(r)} END) AS out`,
      { team: teamId });
    for (const record of result.records) {
      const id = record.get("id") as string;
      const { team: _team, ...rest } = record.get("props") as Props & { team?: string };
      nodes.push({ label, id, props: rest });
      for (const o of record.get("out") as { type: RelRow["type"]; label: EntityLabel; id: string; props: Props }[]) {
        rels.push({ type: o.type, from: { label, id }, to: { label: o.label, id: o.id }, key: String(o.props.key ?? ""), props: o.props });
      }
    }
  }
  return { nodes, rels };
}

async function applyDiff(tx: ManagedTransaction, team: string, diff: GraphDiff): Promise<void> {
  const relMatch = (t: string, from: string, to: string) =>
    `MATCH (a:${name(from)} {team: $team, id: row.from})-[r:${name(t)} {key: row.key}]->(b:${name(to)} {team: $team, id: row.to})`;
  const statements: Statement[] = [];
  const add = (rows: Record<string, unknown>[], cypher: string) => {
    for (let i = 0; i < rows.length; i += BATCH) statements.push({ text: `UNWIND $rows AS row ${cypher}`, rows: rows.slice(i, i + BATCH) });
  };
  for (const [[t, from, to], rows] of groupRels(diff.deleteRels)) add(rows, `${relMatch(t, from, to)} DELETE r`);
  for (const [label, rows] of groupNodes(diff.deleteNodes)) add(rows, `MATCH (n:${name(label)} {team: $team, id: row.id}) DETACH DELETE n`);
  for (const [label, rows] of groupNodes(diff.createNodes)) add(rows, `CREATE (n:${name(label)}) SET n = row.props, n.team = $team, n.id = row.id`);
  for (const [label, rows] of groupNodes(diff.updateNodes)) {
    add(rows, `MATCH (n:${name(label)} {team: $team, id: row.id}) SET n = row.props, n.team = $team, n.id = row.id`);
  }
  for (const [[t, from, to], rows] of groupRels(diff.createRels)) {
    add(rows, `MATCH (a:${name(from)} {team: $team, id: row.from}) MATCH (b:${name(to)} {team: $team, id: row.to})
       CREATE (a)-[r:${name(t)}]->(b) SET r = row.props`);
  }
  for (const [[t, from, to], rows] of groupRels(diff.updateRels)) add(rows, `${relMatch(t, from, to)} SET r = row.props`);
  await pipelined(tx, team, statements);
}

interface Statement {
  text: string;
  rows: Record<string, unknown>[];
}

/**
 * Sends every statement of the diff at once and then waits for them all: the driver
 * pipelines them on the transaction's connection and the server runs them in order, so a
 * delete still comes before the create it makes room for. Awaiting each one cost a round
 * trip per label and relationship shape (about 45 per team); packing them into one big
 * statement instead made Neo4j plan a new, large query for every team shape, seconds each
 * on a busy machine. These small statements are the same for every team and planned once
 * (bench/, docs/performance.md).
 */
async function pipelined(tx: ManagedTransaction, team: string, statements: Statement[]): Promise<void> {
  const results = statements.map((s) => tx.run(s.text, { team, rows: s.rows }));
  const settled = await Promise.allSettled(results);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
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
