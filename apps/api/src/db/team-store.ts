import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDiff } from "../graph/diff.ts";
import { fromGraph } from "../graph/from-graph.ts";
import type { GraphRows } from "../graph/rows.ts";
import * as cypher from "./cypher/teams.ts";
import { runIn, type Db } from "./driver.ts";
import { applyDiff, lockTeam, readGraph, readTeam } from "./team-graph.ts";
import { recordVersion, type VersionRecord } from "./versions.ts";

export { readGraph } from "./team-graph.ts";

/**
 * Makes the team's structure in the graph what `plan` decides from what is there, in one
 * transaction: lock the team, read its rows, diff (the caller's pure function, under the
 * lock), write only the difference unless `dryRun`, and the version `version` makes of the
 * diff (null: none, as for a diff that changes nothing). Returns the diff.
 */
export function syncTeamGraph(db: Db, teamId: string, plan: (current: GraphRows) => GraphDiff,
  options: { dryRun: boolean; version?: (diff: GraphDiff) => VersionRecord | null }): Promise<GraphDiff> {
  return db.write(async (tx) => {
    // The lock first, the reads behind it on the same connection: one round trip.
    const locked = lockTeam(tx, teamId);
    const [current] = await Promise.all([readTeam(tx, teamId), locked]);
    const diff = plan(current.graph);
    if (options.dryRun) return diff;
    await applyDiff(tx, teamId, diff, current.ids);
    // In the same transaction: a version exists exactly when its import committed.
    const version = options.version?.(diff);
    if (version) await recordVersion(tx, teamId, version);
    return diff;
  });
}

export async function exportTeam(db: Db, teamId: string) {
  const rows = await db.read((tx) => readGraph(tx, teamId));
  return rows.nodes.length === 0 ? null : fromGraph(rows);
}

export async function listTeams(db: Db): Promise<{ id: string; name: string }[]> {
  return db.run<{ id: string; name: string }>(cypher.listTeams());
}

export interface DeleteOutcome { deleted: boolean; nodes: number; relationships: number; versions: number }

/** What deleting a team would remove; with `confirm`, removes it (handoffs and versions too). */
export async function deleteTeam(db: Db, teamId: string, confirm: boolean): Promise<DeleteOutcome> {
  const size = async (tx: ManagedTransaction) => {
    const [row] = await runIn(tx, cypher.teamSize(teamId));
    return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0), versions: Number(row?.versions ?? 0) };
  };
  if (!confirm) return { deleted: false, ...(await db.read(size)) };
  return db.write(async (tx) => {
    const blast = await size(tx);
    for (const statement of cypher.deleteTeamNodes(teamId)) await runIn(tx, statement);
    return { deleted: blast.nodes > 0, ...blast };
  });
}
