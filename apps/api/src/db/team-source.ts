import * as cypher from "./cypher/team-source.ts";
import { runIn, type Db } from "./driver.ts";

/** Remembers the file a team was last imported from (a path relative to the repository root). */
export async function recordTeamSource(db: Db, teamId: string, path: string): Promise<void> {
  await db.write((tx) => runIn(tx, cypher.recordTeamSource(teamId, path)));
}

/** The file a team was last imported from, or null when it never came from a file. */
export async function readTeamSource(db: Db, teamId: string): Promise<string | null> {
  const [row] = await db.run<{ path: string | null }>(cypher.readTeamSource(teamId));
  return row?.path ?? null;
}
