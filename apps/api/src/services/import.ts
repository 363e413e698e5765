import { crossTeamReferences, type DocumentError, type ParseLimits, type Team } from "@rolegraph/schema";
import type { Db } from "../db/driver.ts";
import { syncTeamGraph, type BrokenReference } from "../db/team-store.ts";
import { parsePool } from "../documents/parse-pool.ts";
import { diffCounts, diffGraph, type DiffCounts } from "../graph/diff.ts";
import { toGraph } from "../graph/to-graph.ts";
import { versionOf, type VersionSource } from "./versions.ts";
import { signal } from "../observability/signals.ts";

/**
 * Importing a team as a use case: validate the document, turn it into graph rows, diff them
 * against what the graph holds (under the team's lock, in the write's transaction), write
 * only the difference. Used by the GraphQL importTeam mutation and `rolegraph import`.
 */
export interface ImportOutcome extends DiffCounts {
  teamId: string;
  changed: boolean;
  dryRun: boolean;
  /**
   * Other teams' references that lost what they named (an artifact or role this import
   * removed or renamed): they wait as unresolved references from now on. The import
   * succeeds anyway: a team owns its file. In a dry run, what would break.
   */
  brokenDependents: BrokenReference[];
}

/**
 * Makes the team in the graph equal to the document, in one transaction: read what is
 * there, diff it against the document, write only the difference. Re-importing the same
 * document writes nothing.
 */
export async function importTeam(db: Db, team: Team, options: { dryRun?: boolean } & VersionSource = {}): Promise<ImportOutcome> {
  const teamId = team.team.id;
  const desired = toGraph(team);
  const dryRun = options.dryRun ?? false;
  const references = [...new Set(crossTeamReferences(team).map((r) => r.team))];
  for (let tries = 1; ; tries++) {
    try {
      const { diff, broken } = await syncTeamGraph(db, teamId, (current) => diffGraph(current, desired), { dryRun, references, version: versionOf(team, options) });
      const counts = diffCounts(diff);
      const changed = counts.created + counts.updated + counts.deleted > 0;
      signal({ kind: "import", outcome: dryRun ? "dry-run" : changed ? "changed" : "unchanged" });
      return { teamId, ...counts, changed, dryRun, brokenDependents: broken };
    } catch (error) {
      // Two first imports of a new team race past the lock (there is no Team node to lock
      // yet): the unique constraint stops the second, which runs again, now behind the lock,
      // against the first's result.
      if (tries >= 3 || (error as { code?: string }).code !== "Neo.ClientError.Schema.ConstraintValidationFailed") {
        signal({ kind: "import", outcome: "failed" });
        throw error;
      }
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
export async function importTeams(db: Db, teams: readonly Team[],
  options: { dryRun?: boolean; jobs?: number; importedBy?: string; documents?: readonly string[] } = {}): Promise<(ImportOutcome | Error)[]> {
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
      const source = { importedBy: options.importedBy, document: options.documents?.[i] };
      outcomes[i] = await importTeam(db, team, { dryRun: options.dryRun, ...source }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs ?? 2, teams.length)) }, worker));
  return outcomes;
}

export interface DocumentImport {
  /** Null when the document is invalid: then nothing was written. */
  outcome: ImportOutcome | null;
  errors: DocumentError[];
}

/**
 * Validates a YAML or JSON document (within the size and element limits) and imports it when
 * it is valid. Parsing runs off the event loop, one document at a time (documents/parse-pool.ts):
 * a large document takes seconds to build and must not stall every other request.
 */
export async function importDocument(db: Db, text: string, options: ParseLimits & { dryRun?: boolean; importedBy?: string }): Promise<DocumentImport> {
  const { dryRun, importedBy, ...limits } = options;
  const parsed = await parsePool().parse(text, limits);
  if (!parsed.ok) return { outcome: null, errors: parsed.errors };
  return { outcome: await importTeam(db, parsed.team, { dryRun: dryRun ?? false, document: text, importedBy }), errors: [] };
}
