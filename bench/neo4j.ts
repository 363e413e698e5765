import { lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureSchema } from "../apps/api/src/db/constraints.ts";
import { Db } from "../apps/api/src/db/driver.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../apps/api/src/db/local-neo4j.ts";

export interface BenchDatabase {
  db: Db;
  uri: string;
  user: string;
  password: string;
  /** True when we started the server (and so own everything in it). */
  ephemeral: boolean;
  heap: string | null;
  pagecache: string | null;
  /** The embedded server's data directory (null for NEO4J_URI). */
  dataDir: string | null;
  close(): Promise<void>;
}

/**
 * The Neo4j in NEO4J_URI, or an ephemeral embedded one with its data in a temp directory,
 * stopped and removed by close() (and by the launcher itself if this process dies).
 */
export async function openDatabase(options: { heap: string; pagecache: string; log: (line: string) => void }): Promise<BenchDatabase> {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), "rolegraph-bench-neo4j-"));
    local = await startLocalNeo4j({ dataDir, port: 0, heap: options.heap, pagecache: options.pagecache, log: options.log });
    uri = local.uri;
  }
  // The embedded server's own password (from its data directory), or the configured one.
  const user = local?.user ?? process.env.NEO4J_USER ?? "neo4j";
  const password = local?.password ?? process.env.NEO4J_PASSWORD ?? "";
  const db = new Db({ uri, user, password, database: process.env.NEO4J_DATABASE ?? "neo4j" });
  await ensureSchema(db);
  return {
    db,
    uri,
    user,
    password,
    ephemeral: local !== undefined,
    heap: local ? options.heap : null,
    pagecache: local ? options.pagecache : null,
    dataDir: dataDir ?? null,
    async close() {
      await db.close();
      await local?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The size on disk of a directory (a Neo4j data directory: store, indexes, transaction logs), in MB. */
export function storeMb(dir: string): number {
  let bytes = 0;
  const pending = [dir];
  while (pending.length > 0) {
    const at = pending.pop() as string;
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) bytes += lstatSync(path).blocks * 512;
    }
  }
  return Math.round(bytes / 2 ** 20);
}
