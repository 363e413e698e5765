import type { Db } from "../db/driver.ts";
import * as store from "../db/team-source.ts";

/**
 * The file each team was last imported from, as a use case: `rolegraph import` records it,
 * `rolegraph report --format sarif` points its results into it (docs/gap-report.md).
 */
export const recordTeamSource = (db: Db, teamId: string, path: string): Promise<void> => store.recordTeamSource(db, teamId, path);

export const teamSource = (db: Db, teamId: string): Promise<string | null> => store.readTeamSource(db, teamId);
