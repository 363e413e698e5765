import type { ManagedTransaction } from "neo4j-driver";
import { parseQualified } from "@rolegraph/schema";
import { nodeKey, type NodeRow, type RelRow } from "../graph/rows.ts";
import * as cypher from "./cypher/cross-team.ts";
import type { Statement } from "./cypher/statement.ts";
import type { ArtifactRow, RoleRow } from "./entities.ts";

/**
 * The import's and the delete's part in references across teams, inside their transaction
 * (the model: cypher/cross-team.ts).
 */
const send = (tx: ManagedTransaction, s: Statement) => tx.run(s.text, s.params);

/** A reference of another team that lost its target: a flow (CONSUMES) or another reference. */
export interface BrokenReference {
  /** The referencing team, the label and id of what references, and how. */
  team: string;
  sourceLabel: string;
  source: string;
  type: string;
  /** The consuming role for a CONSUMES flow, else null. */
  sourceRow: RoleRow | null;
  /** What it named, as it was before it went. */
  target: ArtifactRow | RoleRow;
  cadence: string | null;
  stage: string | null;
}

/**
 * Takes the team's own inbox lock (exclusive) and those of the teams it references (shared):
 * sent at once, run in sorted order (cypher/cross-team.ts).
 */
export const lockInboxes = (tx: ManagedTransaction, own: string, references: readonly string[]) =>
  settled(cypher.lockInboxes(own, references).map((s) => send(tx, s)));

/**
 * Element ids for the other teams' nodes the new relationships point at (`Artifact|team/id`),
 * placeholders made for those not in the graph, added to `eids` under their node keys.
 */
export async function resolveForeignTargets(tx: ManagedTransaction, rels: readonly RelRow[], eids: Map<string, string>): Promise<void> {
  const wanted = new Map<cypher.CrossTeamLabel, Map<string, { team: string; id: string }>>();
  for (const rel of rels) {
    const target = parseQualified(rel.to.id);
    if (!target || !cypher.isCrossTeamLabel(rel.to.label)) continue;
    const forLabel = wanted.get(rel.to.label) ?? new Map<string, { team: string; id: string }>();
    forLabel.set(rel.to.id, target);
    wanted.set(rel.to.label, forLabel);
  }
  await settled([...wanted].map(async ([label, targets]) => {
    const result = await send(tx, cypher.resolveTargets(label, [...targets.values()]));
    for (const record of result.records) {
      eids.set(nodeKey({ label, id: `${record.get("team") as string}/${record.get("id") as string}` }), record.get("eid") as string);
    }
  }));
}

/**
 * The references of other teams to `nodes`, which are about to be deleted: moved to
 * placeholders (`move`) or only listed (dry run). Sent at once, run before what is sent next.
 */
export function detachIncoming(tx: ManagedTransaction, nodes: readonly { label: NodeRow["label"]; eid: string }[], move: boolean): Promise<BrokenReference[]> {
  const pending: Promise<BrokenReference[]>[] = [];
  for (const [label, types] of Object.entries(cypher.CROSS_TEAM_TYPES) as [cypher.CrossTeamLabel, readonly string[]][]) {
    const ids = nodes.filter((n) => n.label === label).map((n) => n.eid);
    if (ids.length === 0) continue;
    for (const type of types) {
      pending.push(send(tx, cypher.detachIncoming(label, type, ids, move)).then((result) =>
        result.records.map((r) => ({ ...(r.toObject() as Omit<BrokenReference, "type">), type }))));
    }
  }
  return settled(pending).then((lists) => lists.flat());
}

/** Moves references waiting for the team's artifacts and roles to those that now exist. */
export async function resolvePending(tx: ManagedTransaction, team: string): Promise<void> {
  // In order: the moves first, then the placeholders left with nothing.
  await settled(cypher.resolvePending(team).map((s) => send(tx, s)));
}

/** Removes placeholders nothing references any more. */
export async function removeOrphanPlaceholders(tx: ManagedTransaction): Promise<void> {
  await send(tx, cypher.removeOrphanPlaceholders());
}

/** Waits for every result, then throws the first failure: none is left to reject unhandled. */
async function settled<T>(pending: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(pending);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}
