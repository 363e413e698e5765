import type { TeamInput } from "@rolegraph/schema";
import type { Db } from "../db/driver.ts";
import * as store from "../db/team-store.ts";

/**
 * Whole teams as use cases: list, export as a document, delete. Deleting is destructive, so
 * it only happens with `confirm`; without it the answer is what would go (the blast radius).
 */
export type { DeleteOutcome } from "../db/team-store.ts";

export const listTeams = (db: Db): Promise<{ id: string; name: string }[]> => store.listTeams(db);

/** The team as a document (the inverse of an import), or null when there is no such team. */
export const exportTeam = (db: Db, teamId: string): Promise<TeamInput | null> => store.exportTeam(db, teamId);

export const deleteTeam = (db: Db, teamId: string, options: { confirm: boolean }): Promise<store.DeleteOutcome> =>
  store.deleteTeam(db, teamId, options.confirm);
