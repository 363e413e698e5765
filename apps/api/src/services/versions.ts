import type { Team } from "@rolegraph/schema";
import type { VersionRecord } from "../db/versions.ts";
import type { GraphDiff } from "../graph/diff.ts";
import { elementCounts, isEmpty } from "../history/counts.ts";

/** Who imports, and the document as they sent it: what a version keeps (history.md). */
export interface VersionSource {
  /** The token's name (API) or the local user (CLI); absent when nobody is known. */
  importedBy?: string | undefined;
  /** The text exactly as imported; absent for a team built in code, which is kept as JSON. */
  document?: string | undefined;
}

/**
 * What an import records as the team's next version once its diff is known: nothing for a
 * diff that changes nothing, otherwise the document, who, when and the element counts.
 * Called inside the import's write transaction (db/team-store.ts syncTeamGraph).
 */
export function versionOf(team: Team, source: VersionSource): (diff: GraphDiff) => VersionRecord | null {
  return (diff) => isEmpty(diff) ? null : {
    importedAt: new Date().toISOString(),
    importedBy: source.importedBy ?? null,
    document: source.document ?? `${JSON.stringify(team, null, 2)}\n`,
    ...elementCounts(diff),
  };
}
