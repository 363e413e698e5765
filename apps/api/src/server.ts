import { connect } from "./db/index.ts";
import { ConfigError, isLoopback, parseEnv, type Env } from "./env.ts";
import { listen } from "./listener.ts";
import { createLogger } from "./logger.ts";
import { startTracing, tracingWanted } from "./observability/tracing.ts";
import { seedIfEmpty } from "./seed.ts";
import { startSlaWatch } from "./services/sla-watch.ts";
import { startWebhooks } from "./services/webhook-dispatcher.ts";
import { createApp } from "./yoga.ts";

/** A reason not to start that the person starting it can fix: printed alone, exit 2. */
class StartupError extends Error {}

/** The configuration, or a StartupError naming each bad variable. */
function loadConfig(source: NodeJS.ProcessEnv): Env {
  let config: Env;
  try {
    config = parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.problems.join("\n"));
    throw error;
  }
  if (config.ROLEGRAPH_TOKENS.length === 0 && !isLoopback(config.HOST)) {
    throw new StartupError(`HOST=${config.HOST} is reachable from other machines, so ROLEGRAPH_TOKENS must be set (JSON: [{"name":"ci","token":"...","scopes":["read","write"]}])`);
  }
  return config;
}

/**
 * The composition root, and the only module of the API that does anything when loaded:
 * config, then logger, then the port, then Neo4j (Db), then the HTTP app. Everything below
 * gets what it needs passed in. SIGINT/SIGTERM drain requests in flight, then stop Neo4j.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config);
  // OpenTelemetry traces by OTLP only when configured (OTEL_EXPORTER_OTLP_ENDPOINT); off, every span is a no-op.
  const tracing = tracingWanted(process.env) ? startTracing() : null;
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const listener = await listen(config.PORT, config.HOST);
  if (listener instanceof Error) {
    const busy = listener.code === "EADDRINUSE";
    throw new StartupError(`cannot listen on ${config.HOST}:${config.PORT}: ${busy ? "the port is in use (is Rolegraph already running? set PORT to use another)" : listener.message}`);
  }
  const connection = await connect(config, log);
  const seeded = await seedIfEmpty(connection.db);
  if (seeded) log(`seeded the example team '${seeded}'`);

  // Deadlines that passed while the API was down are reported by the watch's first sweep.
  const slaWatch = startSlaWatch(connection.db, {
    onBreach: (b) => logger.info({ team: b.team, handoff: b.handoff, deadline: b.deadline, dueAt: b.dueAt }, "SLA breached"),
    onError: (error) => logger.warn({ err: error }, "SLA watch: sweep failed; the next one retries"),
  });
  const webhooks = config.ROLEGRAPH_WEBHOOKS.length === 0 ? null
    : startWebhooks(connection.db, config.ROLEGRAPH_WEBHOOKS, { onError: (error) => logger.warn({ err: error }, "webhooks: a round failed; the next one retries") });
  const app = createApp({ db: connection.db, env: config, logger });
  listener.serve(app.fetch);

  const base = `http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${listener.port}`;
  log(`\nRolegraph is running:\n  explorer  ${base}/\n  GraphQL   ${base}/graphql (GraphiQL in a browser)\n  health    ${base}/healthz, /livez, /readyz; metrics ${base}/metrics${tracing ? "\n  traces    OTLP to " + (process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_ENDPOINT) : ""}\n  Neo4j     ${connection.local ? `${connection.local.uri} (embedded${connection.local.shared ? ", started by another process" : ""}, data in ${config.NEO4J_DATA_DIR})` : config.NEO4J_URI}`);
  log(config.ROLEGRAPH_TOKENS.length === 0
    ? "  auth      open: no tokens configured, reads and writes allowed on loopback (set ROLEGRAPH_TOKENS to require tokens)"
    : `  auth      ${config.ROLEGRAPH_TOKENS.length} token(s) configured; requests need Authorization: Bearer <token>`);
  log("Press Ctrl-C to stop.");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: finishing requests in flight, then stopping Neo4j...`);
    app.drain();
    await listener.drain();
    slaWatch.stop();
    await webhooks?.stop();
    app.close();
    await tracing?.shutdown().catch(() => {});
    await connection.close();
    log("stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(error.message.split("\n").map((line) => `rolegraph: ${line}\n`).join(""));
    process.exit(2);
  }
  process.stderr.write(`rolegraph: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
