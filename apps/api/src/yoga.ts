import { join } from "node:path";
import type { Db } from "./db/driver.ts";
import type { Env } from "./env.ts";
import { failSafe } from "./fail-safe.ts";
import { createGraphql } from "./graphql-http.ts";
import { errorMask } from "./graphql-errors.ts";
import { requestGuard } from "./guard.ts";
import { forbidFraming, json, staticFiles } from "./http.ts";
import type { Logger } from "./logger.ts";
import { httpSpan, noteOperation, operationOf } from "./observability/http-span.ts";
import { createMetrics } from "./observability/metrics.ts";
import { authenticate } from "./auth.ts";

export interface AppDeps {
  db: Db;
  env: Env;
  logger: Logger;
  explorerDist?: string;
}

/** Routes that are not pages: anything else is the explorer's (a file, or index.html for a page route). */
const ROUTES = new Set(["/graphql", "/healthz", "/livez", "/readyz", "/metrics"]);

/** The whole HTTP app as one fetch handler: /graphql, health, /metrics and the explorer. */
export function createApp(deps: AppDeps) {
  const { db, env, logger } = deps;
  const guard = requestGuard(env, logger);
  const graphql = createGraphql({ db, env, logger, maskError: errorMask(logger) });
  const explorer = staticFiles(deps.explorerDist ?? join(import.meta.dirname, "..", "..", "explorer", "dist"));

  const metrics = createMetrics({ cache: () => graphql.cache });
  let draining = false;

  const tooLarge = (size: string) =>
    json(413, { errors: [{ message: `request body is ${size} bytes; the limit is ${env.MAX_BODY_BYTES}`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });

  async function fetch(incoming: Request): Promise<Response> {
    // The guard parses the URL (once per request) and hands it on when it admits the request.
    const url = guard(incoming);
    if (url instanceof Response) return url;
    const started = performance.now();
    const route = ROUTES.has(url.pathname) ? url.pathname.slice(1) : "explorer";
    // A span per request (a no-op unless tracing is on: observability/tracing.ts), child of the caller's traceparent.
    const response = await httpSpan(incoming, route, () => answer(incoming, url));
    metrics.request(route, incoming.method, response.status, (performance.now() - started) / 1000, operationOf(incoming));
    logger.info({ method: incoming.method, path: url.pathname, status: response.status, ms: Math.round(performance.now() - started) }, "request");
    return response;
  }

  async function answer(incoming: Request, url: URL): Promise<Response> {
    let response: Response;
    const length = Number(incoming.headers.get("content-length") ?? 0);
    // A body sent without Content-Length (chunked) is counted as it arrives instead.
    const request = length > 0 || !incoming.body ? incoming : await bufferWithin(incoming, env.MAX_BODY_BYTES);
    if (length > env.MAX_BODY_BYTES) {
      response = tooLarge(String(length));
    } else if (request === null) {
      response = tooLarge(`more than ${env.MAX_BODY_BYTES}`);
    } else if (url.pathname === "/graphql") {
      response = await graphql.fetch(request);
      // The operation was noted on the request graphql-http.ts saw; metrics look it up on the incoming one.
      const operation = operationOf(request);
      if (operation && request !== incoming) noteOperation(incoming, operation);
    } else if (url.pathname === "/healthz") {
      const neo4j = await db.ping();
      response = json(neo4j.ok ? 200 : 503, { status: neo4j.ok ? "ok" : "degraded", api: "ok", neo4j: neo4j.ok ? "ok" : `down: ${neo4j.reason}` });
    } else if (url.pathname === "/livez") {
      // Alive: the process answers. Never depends on Neo4j, so an outage does not restart the API.
      response = json(200, { status: "ok" });
    } else if (url.pathname === "/readyz") {
      // Ready for traffic: Neo4j answers and the API is not draining to stop.
      const neo4j = draining ? { ok: false as const, reason: "draining" } : await db.ping();
      response = json(neo4j.ok ? 200 : 503, { status: neo4j.ok ? "ready" : "not ready", ...(neo4j.ok ? {} : { reason: neo4j.reason }) });
    } else if (url.pathname === "/metrics" && (incoming.method === "GET" || incoming.method === "HEAD")) {
      // With tokens configured, a scrape needs one with read scope (Prometheus: authorization.credentials).
      if (!authenticate(incoming.headers.get("authorization"), env.ROLEGRAPH_TOKENS).scopes.has("read")) response = json(401, { error: "a token with read scope is needed" });
      else {
        const { contentType, body } = await metrics.scrape();
        response = new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
      }
    } else if (incoming.method === "GET" || incoming.method === "HEAD") {
      response = explorer(url.pathname, incoming.headers.get("accept"));
    } else response = json(405, { error: "method not allowed" });
    if (incoming.method === "GET") forbidFraming(response);
    return response;
  }
  return {
    fetch: failSafe(fetch, logger), yoga: graphql.yoga, plans: graphql.plans, cache: graphql.cache, metrics,
    /** Stop answering ready (server.ts, before it drains): balancers take the API out first. */
    drain: () => { draining = true; },
    close: () => { graphql.close(); metrics.close(); },
  };
}

/** The request with its body read into memory, or null as soon as the body passes `max` bytes. */
async function bufferWithin(request: Request, max: number): Promise<Request | null> {
  const reader = request.body?.getReader();
  if (!reader) return request;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(size));
  return new Request(request.url, { method: request.method, headers, body: Buffer.concat(chunks), signal: request.signal });
}
export type App = ReturnType<typeof createApp>;
