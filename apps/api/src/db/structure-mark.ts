import { statement } from "./cypher/statement.ts";
import type { Db } from "./driver.ts";

/**
 * A mark that moves when the organisation's structure may have changed (a team imported or
 * deleted) and not with handoffs, events or SLA breaches: every import that changes a team
 * records a TeamVersion with the time (db/cypher/versions.ts), a deletion removes the team's
 * versions and entities. What is derived from the structure alone (the organisation's
 * compression distances, services/gaps.ts) is kept under it; under the last-commit mark a
 * steady stream of handoffs threw it away seconds after it was computed. The counts come from
 * Neo4j's count store; the versions are a few per team.
 */
const STRUCTURE = statement(`MATCH (v:TeamVersion) WITH count(v) AS versions, max(v.importedAt) AS latest
  RETURN versions, toString(latest) AS latest, COUNT { (:Role) } AS roles, COUNT { (:Artifact) } AS artifacts,
    COUNT { ()-[:CONSUMES]->() } + COUNT { ()-[:PRODUCES]->() } + COUNT { ()-[:DERIVED_FROM]->() } AS flows`, {});

export async function structureMark(db: Db): Promise<string> {
  const [row] = await db.run<{ versions: number; latest: string | null; roles: number; artifacts: number; flows: number }>(STRUCTURE);
  return row ? `${row.versions}|${row.latest ?? ""}|${row.roles}|${row.artifacts}|${row.flows}` : "";
}
