import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import net from "node:net";
import { createServerAdapter } from "@whatwg-node/server";
import { connect } from "./db/index.ts";
import { ConfigError, env, isLoopback } from "./env.ts";
import { logger } from "./logger.ts";
import { createApp } from "./yoga.ts";
import { seedIfEmpty } from "./seed.ts";

/** Listens: config first (fail fast), then Neo4j, then HTTP; SIGINT/SIGTERM drain and stop. */
async function main(): Promise<void> {
  let config;
  try {
    config = env();
  } catch (error) {
    process.stderr.write(`rolegraph: ${(error as Error).message}\n`);
    process.exit(2);
  }
  if (config.ROLEGRAPH_TOKENS.length === 0 && !isLoopback(config.HOST)) {
    process.stderr.write(`rolegraph: HOST=${config.HOST} is reachable from other machines, so ROLEGRAPH_TOKENS must be set (JSON: [{"name":"ci","token":"...","scopes":["read","write"]}])\n`);
    process.exit(2);
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // Bind before starting Neo4j: a busy port should fail in a second, not after the database is up.
  const starting = (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(503, { "content-type": "application/json", "retry-after": "2" }).end('{"status":"starting","neo4j":"starting"}');
  };
  const server = createServer(starting);
  const listening = await new Promise<Error | undefined>((done) => {
    server.once("error", done);
    server.listen(config.PORT, config.HOST, () => done(undefined));
  });
  if (listening) {
    const busy = (listening as NodeJS.ErrnoException).code === "EADDRINUSE";
    process.stderr.write(`rolegraph: cannot listen on ${config.HOST}:${config.PORT}: ${busy ? "the port is in use (is Rolegraph already running? set PORT to use another)" : listening.message}\n`);
    process.exit(2);
  }
  const connection = await connect(config, log);
  const seeded = await seedIfEmpty(connection.db);
  if (seeded) log(`seeded the example team '${seeded}'`);

  const app = createApp({ db: connection.db, env: config, logger });
  let stopping = false;
  let active = 0;
  server.off("request", starting).on("request", createServerAdapter(app.fetch)).prependListener("request", (_req, res) => {
    active++;
    res.once("close", () => active--);
    // While draining, answers close their connection so keep-alive clients let go.
    if (stopping) res.setHeader("connection", "close");
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const base = `http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${port}`;
  log(`\nRolegraph is running:\n  explorer  ${base}/\n  GraphQL   ${base}/graphql (GraphiQL in a browser)\n  health    ${base}/healthz\n  Neo4j     ${connection.local ? `${connection.local.uri} (embedded${connection.local.shared ? ", started by another process" : ""}, data in ${config.NEO4J_DATA_DIR})` : config.NEO4J_URI}`);
  log(config.ROLEGRAPH_TOKENS.length === 0
    ? "  auth      open: no tokens configured, reads and writes allowed on loopback (set ROLEGRAPH_TOKENS to require tokens)"
    : `  auth      ${config.ROLEGRAPH_TOKENS.length} token(s) configured; requests need Authorization: Bearer <token>`);
  log("Press Ctrl-C to stop.");

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: finishing requests in flight, then stopping Neo4j...`);
    const drained = new Promise<void>((done) => server.once("close", () => done()));
    // Requests already sent must be answered. http.Server.close() would destroy every connection
    // that looks idle, which includes one whose request still sits unread in its socket, and
    // closing the listener resets connections still in the kernel's accept queue; with the loop
    // busy, both happen to requests a client has sent. So keep accepting (answers now carry
    // Connection: close) until nothing is in flight, then stop listening and close what is idle.
    const sweep = setInterval(() => {
      if (active > 0) return;
      if (server.listening) net.Server.prototype.close.call(server);
      server.closeIdleConnections();
    }, 100);
    await Promise.race([drained, new Promise((done) => setTimeout(done, 10_000).unref())]);
    clearInterval(sweep);
    server.closeAllConnections();
    await connection.close();
    log("stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`rolegraph: ${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
