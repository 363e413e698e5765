import { gunzipSync, gzipSync } from "node:zlib";
import type { ManagedTransaction } from "neo4j-driver";
import * as cypher from "./cypher/versions.ts";
import { runIn, type Db } from "./driver.ts";

/** A version as the services see it: the document as text, however it is stored. */
export interface VersionRecord extends Omit<cypher.VersionRecord, "documentGz"> {
  document: string;
}

export interface VersionRow extends Omit<VersionRecord, "document"> {
  number: number;
}
export interface VersionWithDocument extends VersionRow {
  document: string;
}

// Level 1: 5-10x smaller at a few milliseconds for an L document; higher levels gain little
// on YAML/JSON text and cost the import's own time.
const compress = (text: string): Int8Array => {
  const bytes = gzipSync(text, { level: 1 });
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};
const expand = (bytes: Int8Array): string => gunzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString("utf8");

/** Records the team's next version inside the caller's write transaction; returns its number. */
export async function recordVersion(tx: ManagedTransaction, team: string, version: VersionRecord): Promise<number> {
  const { document, ...rest } = version;
  const [row] = await runIn<{ number: number }>(tx, cypher.createVersion(team, { ...rest, documentGz: compress(document) }));
  if (!row) throw new Error(`no version recorded for team '${team}'`);
  return row.number;
}

/** The team's versions, newest first, without their documents. */
export const listVersions = (db: Db, team: string): Promise<VersionRow[]> => db.run<VersionRow & Record<string, unknown>>(cypher.listVersions(team));

type StoredVersion = VersionRow & { document: string | null; documentGz: Int8Array | null };

/** One version with its document (the newest when `number` is null), or null. */
export async function readVersion(db: Db, team: string, number: number | null): Promise<VersionWithDocument | null> {
  const [row] = await db.run<StoredVersion & Record<string, unknown>>(cypher.getVersion(team, number));
  if (!row) return null;
  const { documentGz, document, ...rest } = row;
  return { ...rest, document: documentGz !== null ? expand(documentGz) : (document ?? "") };
}
