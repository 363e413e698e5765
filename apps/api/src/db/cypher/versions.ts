import { statement, type Statement } from "./statement.ts";

/**
 * A team's versions: one (:TeamVersion {team, number}) node per import that changed the team,
 * holding the document as imported, gzip-compressed (`documentGz`: an L team's document is
 * 190-270 KB of text, a tenth of that compressed, and writing it was a third of Neo4j's CPU
 * per imported entity). Versions written before that hold `document` as text. Not linked to the team's entities: an import rewrites
 * those, a version never changes. Deleting the team deletes them (cypher/teams.ts TEAM_LABELS).
 */
export interface VersionRecord {
  importedAt: string;
  importedBy: string | null;
  /** The document's gzip bytes (db/versions.ts compresses and expands). */
  documentGz: Int8Array;
  added: number;
  removed: number;
  changed: number;
}

/**
 * The next version of the team, numbered after the last. Run inside the import's write
 * transaction, behind the team's lock: two imports of one team cannot take the same number
 * (and the (team, number) constraint would refuse it if they did).
 */
export const createVersion = (team: string, version: VersionRecord): Statement =>
  statement(`OPTIONAL MATCH (old:TeamVersion {team: $team})
WITH coalesce(max(old.number), 0) + 1 AS number
CREATE (v:TeamVersion {team: $team, number: number, importedAt: $importedAt, importedBy: $importedBy, documentGz: $documentGz, added: $added, removed: $removed, changed: $changed})
RETURN number`, { team, ...version });

/** Every version of the team without its document, newest first. */
export const listVersions = (team: string): Statement =>
  statement(`MATCH (v:TeamVersion {team: $team})
RETURN v.number AS number, v.importedAt AS importedAt, v.importedBy AS importedBy, v.added AS added, v.removed AS removed, v.changed AS changed
ORDER BY number DESC`, { team });

/** One version with its document; `number` null for the newest. */
export const getVersion = (team: string, number: number | null): Statement =>
  statement(`MATCH (v:TeamVersion {team: $team}) WHERE $number IS NULL OR v.number = $number
RETURN v.number AS number, v.importedAt AS importedAt, v.importedBy AS importedBy, v.added AS added, v.removed AS removed, v.changed AS changed, v.document AS document, v.documentGz AS documentGz
ORDER BY number DESC LIMIT 1`, { team, number });
