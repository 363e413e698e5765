import type { Env } from "../env.ts";
import { ensureSchema } from "./constraints.ts";
import { Db } from "./driver.ts";
import { startLocalNeo4j, type LocalNeo4j } from "./local-neo4j.ts";

export { Db } from "./driver.ts";
export * from "./team-store.ts";

export interface Connection {
  db: Db;
  /** The embedded server we started, if we started one. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when it is set (Docker, a server, Aura), otherwise starts the
 * embedded Neo4j (or joins the one another process runs on the same data directory) with
 * the password kept in its data directory; then makes sure constraints and indexes exist.
 */
export async function connect(config: Env, log: (line: string) => void = () => {}): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  let credentials = { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD };
  if (!uri) {
    local = await startLocalNeo4j({ dataDir: config.NEO4J_DATA_DIR, port: config.NEO4J_LOCAL_PORT, log, onGiveUp: giveUp(log) });
    uri = local.uri;
    credentials = { user: local.user, password: local.password };
  }
  const db = new Db({ uri, ...credentials, database: config.NEO4J_DATABASE });
  try {
    await ensureSchema(db);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(error as Error).message.split("\n")[0]}`, { cause: error });
  }
  return {
    db,
    ...(local ? { local } : {}),
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}

/**
 * Restarting the embedded Neo4j failed again and again: exit non-zero rather than answer 503
 * forever, so whatever supervises us (systemd, Docker, a shell loop) restarts the whole thing.
 */
function giveUp(log: (line: string) => void): (error: Error) => void {
  return (error) => {
    log(`rolegraph: ${error.message}; exiting`);
    process.exit(1);
  };
}
