// `npm run neo4j`: only the embedded Neo4j, in the foreground, for tools such as
// cypher-shell, benchmarks or a second API. NEO4J_DATA_DIR and NEO4J_LOCAL_PORT apply.
import { ensureSchema } from "../apps/api/src/db/constraints.ts";
import { Db } from "../apps/api/src/db/driver.ts";
import { startLocalNeo4j } from "../apps/api/src/db/local-neo4j.ts";
import { ConfigError, parseEnv, type Env } from "../apps/api/src/env.ts";

let config: Env;
try {
  config = parseEnv(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  for (const problem of error.problems) console.error(`rolegraph: ${problem}`);
  process.exit(2);
}
const local = await startLocalNeo4j({ dataDir: config.NEO4J_DATA_DIR, port: config.NEO4J_LOCAL_PORT, heap: process.env.NEO4J_HEAP ?? "2g", log: (l) => console.error(l) });
const db = new Db({ uri: local.uri, user: local.user, password: local.password, database: config.NEO4J_DATABASE });
await ensureSchema(db);
await db.close();
console.log(`READY ${local.uri} as ${local.user}, password in ${config.NEO4J_DATA_DIR}/rolegraph-neo4j-password (Ctrl-C stops it)`);
const stop = () => void local.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
