import type { ManagedTransaction } from "neo4j-driver";
import type { GraphDiff } from "../graph/diff.ts";
import { fromGraph } from "../graph/from-graph.ts";
import type { GraphRows } from "../graph/rows.ts";
import * as cypher from "./cypher/teams.ts";
import { runIn, type Db } from "./driver.ts";
import { detachIncoming, lockInboxes, removeOrphanPlaceholders, type BrokenReference } from "./cross-team.ts";
import { applyDiff, lockTeam, readGraph, readTeam } from "./team-graph.ts";
import { nodeKey } from "../graph/rows.ts";

export type { BrokenReference } from "./cross-team.ts";
import { recordVersion, type VersionRecord } from "./versions.ts";

export { readGraph } from "./team-graph.ts";

/**
 * Makes the team's structure in the graph what `plan` decides from what is there, in one
 * transaction: lock the team (its inbox, and shared the inboxes of the teams it references:
 * cross-team.ts),
 * read its rows, diff (the caller's pure function, under the lock), write only the
 * difference unless `dryRun`, and the version `version` makes of the diff (null: none, as
 * for a diff that changes nothing). Returns the diff and the references of other teams it broke.
 */
export function syncTeamGraph(db: Db, teamId: string, plan: (current: GraphRows) => GraphDiff,
  options: { dryRun: boolean; references?: readonly string[]; version?: (diff: GraphDiff) => VersionRecord | null }): Promise<{ diff: GraphDiff; broken: BrokenReference[] }> {
  return db.write(async (tx) => {
    // The locks first, the reads behind them on the same connection: one round trip.
    const locked = [lockTeam(tx, teamId), ...(options.dryRun ? [] : [lockInboxes(tx, teamId, options.references ?? [])])];
    const [current] = await Promise.all([readTeam(tx, teamId), ...locked]);
    const diff = plan(current.graph);
    if (!options.dryRun) {
      const broken = await applyDiff(tx, teamId, diff, current.ids);
      // In the same transaction: a version exists exactly when its import committed.
      const version = options.version?.(diff);
      if (version) await recordVersion(tx, teamId, version);
      return { diff, broken };
    }
    const going = diff.deleteNodes.flatMap((n) => {
      const eid = current.ids.nodes.get(nodeKey(n));
      return eid === undefined ? [] : [{ label: n.label, eid }];
    });
    return { diff, broken: going.length > 0 ? await detachIncoming(tx, going, false) : [] };
  });
}

export async function exportTeam(db: Db, teamId: string) {
  const rows = await db.read((tx) => readGraph(tx, teamId));
  return rows.nodes.length === 0 ? null : fromGraph(rows);
}

export async function listTeams(db: Db): Promise<{ id: string; name: string }[]> {
  return db.run<{ id: string; name: string }>(cypher.listTeams());
}

export interface DeleteOutcome { deleted: boolean; nodes: number; relationships: number; versions: number; brokenDependents: BrokenReference[] }

/** What deleting a team would remove; with `confirm`, removes it (handoffs and versions too). */
export async function deleteTeam(db: Db, teamId: string, confirm: boolean): Promise<DeleteOutcome> {
  const size = async (tx: ManagedTransaction) => {
    const [row] = await runIn(tx, cypher.teamSize(teamId));
    return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0), versions: Number(row?.versions ?? 0) };
  };
  if (!confirm) {
    return db.read(async (tx) => ({ deleted: false, ...(await size(tx)), brokenDependents: await detachIncoming(tx, await crossTeamTargets(tx, teamId), false) }));
  }
  return db.write(async (tx) => {
    await lockInboxes(tx, teamId, []);
    const blast = await size(tx);
    // Other teams' references to this team's artifacts and roles wait on placeholders, to
    // resolve again if the team comes back; relationships to them are not counted as removed.
    const brokenDependents = await detachIncoming(tx, await crossTeamTargets(tx, teamId), true);
    for (const statement of cypher.deleteTeamNodes(teamId)) await runIn(tx, statement);
    await removeOrphanPlaceholders(tx);
    return { deleted: blast.nodes > 0, ...blast, relationships: blast.relationships - brokenDependents.length, brokenDependents };
  });
}

/** The team's artifacts and roles that other teams reference, by element id. */
async function crossTeamTargets(tx: ManagedTransaction, teamId: string): Promise<{ label: "Artifact" | "Role"; eid: string }[]> {
  const rows = await runIn(tx, cypher.referencedByOtherTeams(teamId));
  return rows.map((r) => ({ label: r.label as "Artifact" | "Role", eid: r.eid as string }));
}
