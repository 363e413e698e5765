import type { ManagedTransaction } from "neo4j-driver";
import * as cypher from "./cypher/versions.ts";
import { runIn, type Db } from "./driver.ts";

export type { VersionRecord } from "./cypher/versions.ts";

export interface VersionRow extends Omit<cypher.VersionRecord, "document"> {
  number: number;
}
export interface VersionWithDocument extends VersionRow {
  document: string;
}

/** Records the team's next version inside the caller's write transaction; returns its number. */
export async function recordVersion(tx: ManagedTransaction, team: string, version: cypher.VersionRecord): Promise<number> {
  const [row] = await runIn<{ number: number }>(tx, cypher.createVersion(team, version));
  if (!row) throw new Error(`no version recorded for team '${team}'`);
  return row.number;
}

/** The team's versions, newest first, without their documents. */
export const listVersions = (db: Db, team: string): Promise<VersionRow[]> => db.run<VersionRow & Record<string, unknown>>(cypher.listVersions(team));

/** One version with its document (the newest when `number` is null), or null. */
export async function readVersion(db: Db, team: string, number: number | null): Promise<VersionWithDocument | null> {
  const [row] = await db.run<VersionWithDocument & Record<string, unknown>>(cypher.getVersion(team, number));
  return row ?? null;
}
