import { getOperationAST, parse } from "graphql";
import { authenticate } from "../auth.ts";
import type { Db } from "../db/driver.ts";
import type { Env } from "../env.ts";
import { Freshness } from "./freshness.ts";
import { ResponseCache } from "./response-cache.ts";

type Handler = (request: Request) => Promise<Response>;
interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

export interface CachedGraphql {
  fetch: Handler;
  cache: ResponseCache | null;
  close(): void;
}

/** An entry this far into its life is refreshed in the background on its next hit. */
const REFRESH_AT = 0.75;

/**
 * `/graphql` with the response cache in front: a POSTed query answered before (same body,
 * same Accept, same scopes) is answered from memory while the graph has not changed.
 * Mutations, GETs, errors and anything not plainly a query go straight through, uncached.
 * Identical queries arriving together run once (after an import clears the cache, 50
 * clients asking the same thing would otherwise all go to Neo4j), and a busy entry is
 * refreshed before it expires, so expiry does not send its readers to Neo4j all at once.
 */
export function cachedGraphql(graphql: Handler, db: Db, env: Env, fetchAPI: { Request: typeof Request; Response: typeof Response }): CachedGraphql {
  // The server adapter's own classes: its Response writes a string body straight to the socket.
  const { Request: ServerRequest, Response: ServerResponse } = fetchAPI;
  if (env.RESPONSE_CACHE_TTL_MS === 0) return { fetch: graphql, cache: null, close: () => {} };
  const cache = new ResponseCache({ maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024, ttlMs: env.RESPONSE_CACHE_TTL_MS });
  const freshness = new Freshness(db, cache, env.RESPONSE_CACHE_CHECK_MS);
  const inFlight = new Map<string, Promise<Answer>>();

  /** Runs the query once per generation however many ask; stores the answer if it may be kept. */
  function answer(key: string, url: string, headers: Headers, body: string): Promise<Answer> {
    const flight = `${cache.generation}\n${key}`;
    let running = inFlight.get(flight);
    if (!running) {
      const since = cache.generation;
      // No client's abort signal: others may be waiting on the same answer.
      running = graphql(new ServerRequest(url, { method: "POST", headers, body })).then(async (response) => {
        const text = await response.text();
        const contentType = response.headers.get("content-type") ?? "";
        // Errors may be passing (Neo4j restarting); a body that merely mentions "errors" is not kept either.
        // A browser on another origin needs the CORS headers yoga gave (the key holds the origin).
        const headers = Object.fromEntries([...response.headers].filter(([name]) => name.startsWith("access-control-") || name === "vary"));
        if (response.status === 200 && contentType.includes("json") && !text.includes('"errors"')) cache.set(key, { body: text, contentType, headers }, since);
        return { status: response.status, headers: response.headers, body: text };
      }).finally(() => inFlight.delete(flight));
      inFlight.set(flight, running);
    }
    return running;
  }

  async function fetch(request: Request): Promise<Response> {
    if (request.method !== "POST" || !request.headers.get("content-type")?.includes("json")) return graphql(request);
    const body = await request.text();
    // Answers depend on the caller's scopes (reads need "read"), on the format asked for and,
    // for their CORS headers, on the caller's origin.
    const scopes = [...authenticate(request.headers.get("authorization"), env.ROLEGRAPH_TOKENS).scopes].sort().join(",");
    const key = `${scopes}\n${request.headers.get("accept") ?? ""}\n${request.headers.get("origin") ?? ""}\n${body}`;
    const trusted = await freshness.trusted();
    const hit = trusted ? cache.get(key) : undefined;
    if (hit) {
      if (hit.ageMs > REFRESH_AT * env.RESPONSE_CACHE_TTL_MS) answer(key, request.url, request.headers, body).catch(() => {});
      return new ServerResponse(hit.body, { status: 200, headers: { ...hit.headers, "content-type": hit.contentType, "x-rolegraph-cache": "hit" } });
    }
    if (!trusted || !isQuery(body)) return graphql(new ServerRequest(request.url, { method: "POST", headers: request.headers, body, signal: request.signal }));
    const result = await answer(key, request.url, request.headers, body);
    return new ServerResponse(result.body, { status: result.status, headers: result.headers });
  }
  return { fetch, cache, close: () => freshness.close() };
}

/** Whether the request body is a query operation (not a mutation or subscription). */
function isQuery(body: string): boolean {
  try {
    const params = JSON.parse(body) as { query?: unknown; operationName?: unknown };
    if (typeof params.query !== "string") return false;
    const operation = getOperationAST(parse(params.query), typeof params.operationName === "string" ? params.operationName : undefined);
    return operation?.operation === "query";
  } catch {
    return false;
  }
}
