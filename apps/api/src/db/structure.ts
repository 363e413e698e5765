import { teamStructures } from "./cypher/structure.ts";
import type { Db } from "./driver.ts";

/** Each team's latest version (`number@importedAt`; "-" for a team stored before versions were kept), by team id. */
export async function readTeamStructures(db: Db): Promise<Map<string, string>> {
  const rows = await db.run<{ team: string; version: string | null }>(teamStructures());
  return new Map(rows.map((r) => [r.team, r.version ?? "-"]));
}

/**
 * A mark of the organisation's structure (cypher/structure.ts): equal marks mean no team was
 * imported, changed or deleted in between, whatever else was written. One query, a row per team.
 */
export async function structureMark(db: Db): Promise<string> {
  return [...await readTeamStructures(db)].map(([team, version]) => `${team} ${version}`).join("\n");
}
