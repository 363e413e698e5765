import { getOperationAST, parse } from "graphql";
import { authenticate } from "../auth.ts";
import type { Db } from "../db/driver.ts";
import type { Env } from "../env.ts";
import { Freshness } from "./freshness.ts";
import { ResponseCache } from "./response-cache.ts";

type Handler = (request: Request) => Promise<Response>;

export interface CachedGraphql {
  fetch: Handler;
  cache: ResponseCache | null;
  close(): void;
}

/**
 * `/graphql` with the response cache in front: a POSTed query answered before (same body,
 * same Accept, same scopes) is answered from memory while the graph has not changed.
 * Mutations, GETs, errors and anything not plainly a query go straight through, uncached.
 */
export function cachedGraphql(graphql: Handler, db: Db, env: Env, ResponseClass: typeof Response = Response): CachedGraphql {
  if (env.RESPONSE_CACHE_TTL_MS === 0) return { fetch: graphql, cache: null, close: () => {} };
  const cache = new ResponseCache({ maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024, ttlMs: env.RESPONSE_CACHE_TTL_MS });
  const freshness = new Freshness(db, cache, env.RESPONSE_CACHE_CHECK_MS);

  async function fetch(request: Request): Promise<Response> {
    if (request.method !== "POST" || !request.headers.get("content-type")?.includes("json")) return graphql(request);
    const body = await request.text();
    // Answers depend on the caller's scopes (reads need "read") and on the format asked for.
    const scopes = [...authenticate(request.headers.get("authorization"), env.ROLEGRAPH_TOKENS).scopes].sort().join(",");
    const key = `${scopes}\n${request.headers.get("accept") ?? ""}\n${body}`;
    const trusted = await freshness.trusted();
    const hit = trusted ? cache.get(key) : undefined;
    // The server adapter's own Response class: it writes a string body straight to the socket.
    if (hit) return new ResponseClass(hit.body, { status: 200, headers: { "content-type": hit.contentType, "x-rolegraph-cache": "hit" } });

    const since = cache.generation;
    const response = await graphql(new Request(request.url, { method: "POST", headers: request.headers, body, signal: request.signal }));
    const contentType = response.headers.get("content-type") ?? "";
    if (!trusted || response.status !== 200 || !contentType.includes("json") || !isQuery(body)) return response;
    const text = await response.text();
    // Errors may be passing (Neo4j restarting); a body that merely mentions "errors" is not kept either.
    if (!text.includes('"errors"')) cache.set(key, { body: text, contentType }, since);
    return new ResponseClass(text, { status: 200, headers: response.headers });
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
