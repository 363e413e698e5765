import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureSchema } from "../apps/api/src/db/constraints.ts";
import { Db } from "../apps/api/src/db/driver.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../apps/api/src/db/local-neo4j.ts";

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;

/**
 * One real Neo4j for the whole run: the one in NEO4J_URI, or an ephemeral embedded server
 * on a free port with its data in a temp directory. Test files keep apart by team id.
 * Every project that needs Neo4j lists this file (vitest.config.ts) and loads its own copy,
 * all in vitest's main process: the first one starts the server and sets NEO4J_URI, the
 * others use it, and only the first stops it.
 */
export async function setup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    dataDir = mkdtempSync(join(tmpdir(), "rolegraph-test-neo4j-"));
    local = await startLocalNeo4j({ dataDir, port: 0, heap: "1g", pagecache: "128m", log: (line) => console.error(line) });
    process.env.NEO4J_URI = local.uri;
    process.env.NEO4J_USER = local.user;
    process.env.NEO4J_PASSWORD = local.password;
    process.env.ROLEGRAPH_TEST_NEO4J_DATA_DIR = dataDir;
  }
  const db = new Db({ uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE ?? "neo4j" });
  await ensureSchema(db);
  await db.close();
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
