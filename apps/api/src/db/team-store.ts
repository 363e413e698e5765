import type { Team } from "@rolegraph/schema";
import type { ManagedTransaction } from "neo4j-driver";
import { diffCounts, diffGraph, type DiffCounts } from "../graph/diff.ts";
import { fromGraph } from "../graph/from-graph.ts";
import { ENTITY_LABELS } from "../graph/rows.ts";
import { toGraph } from "../graph/to-graph.ts";
import type { Db } from "./driver.ts";
import { applyDiff, lockTeam, name, readGraph, readTeam } from "./team-graph.ts";

export { readGraph } from "./team-graph.ts";

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
    // The lock first, the reads behind it on the same connection: one round trip.
    const locked = lockTeam(tx, teamId);
    const [current] = await Promise.all([readTeam(tx, teamId), locked]);
    const diff = diffGraph(current.graph, desired);
    const counts = diffCounts(diff);
    if (!options.dryRun) await applyDiff(tx, teamId, diff, current.ids);
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

/**
 * Imports several teams, `jobs` at a time, each in its own transaction as `importTeam` does:
 * imports of different teams lock different Team nodes, so on two cores two run side by side
 * (the bench: an organisation's 100 teams at 30,000 entities/s, against 17,000 to 19,000 one
 * after another). Every import runs to its end; outcomes come back in input order, a failed
 * team as its error, and one team failing leaves the others' commits standing.
 */
export async function importTeams(db: Db, teams: readonly Team[], options: { dryRun?: boolean; jobs?: number } = {}): Promise<(ImportOutcome | Error)[]> {
  const ids = teams.map((t) => t.team.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  // Two documents of one team would both import, in an order nobody chose.
  if (twice) throw new Error(`team '${twice}' is given twice`);
  const outcomes: (ImportOutcome | Error)[] = new Array<ImportOutcome | Error>(teams.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < teams.length; i = next++) {
      const team = teams[i];
      if (!team) continue;
      outcomes[i] = await importTeam(db, team, { dryRun: options.dryRun }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs ?? 2, teams.length)) }, worker));
  return outcomes;
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
