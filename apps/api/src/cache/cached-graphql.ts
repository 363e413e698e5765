import type { Db } from "../db/driver.ts";
import type { Env } from "../env.ts";
import { Freshness } from "./freshness.ts";
import { ResponseCache } from "./response-cache.ts";

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}
/** Runs the query; `shared` when the answer may go to other callers too (no one caller's abort signal then). */
export type Run = (shared: boolean) => Promise<Response>;

export interface CachedAnswers {
  /** Whether the cache may answer now (the graph checked unchanged); when not, run the query uncached. */
  trusted(): Promise<boolean>;
  /** The kept answer for `key`, if any; an old one is refreshed in the background with `refresh`'s run. */
  hit(key: string, refresh: () => Run): Response | undefined;
  /** The answer for a query missing from the cache: run once for all asking, kept if it may be. */
  answer(key: string, run: Run): Promise<Response>;
  cache: ResponseCache;
  close(): void;
}

/** An entry this far into its life is refreshed in the background on its next hit. */
const REFRESH_AT = 0.75;

/**
 * The response cache in front of query execution (graphql-http.ts decides what is a query
 * and builds the key: scopes, Accept, Origin and body). Identical queries arriving together
 * run once (after an import clears the cache, 50 clients asking the same thing would
 * otherwise all go to Neo4j), and a busy entry is refreshed before it expires, so expiry does
 * not send its readers to Neo4j all at once. Errors are never kept.
 */
export function cachedAnswers(db: Db, env: Env, ServerResponse: typeof Response): CachedAnswers | null {
  if (env.RESPONSE_CACHE_TTL_MS === 0) return null;
  const cache = new ResponseCache({ maxBytes: env.RESPONSE_CACHE_MB * 1024 * 1024, ttlMs: env.RESPONSE_CACHE_TTL_MS });
  const freshness = new Freshness(db, cache, env.RESPONSE_CACHE_CHECK_MS);
  const inFlight = new Map<string, Promise<Answer>>();

  /** Runs the query once per generation however many ask; stores the answer if it may be kept. */
  function shared(key: string, run: Run): Promise<Answer> {
    const flight = `${cache.generation}\n${key}`;
    let running = inFlight.get(flight);
    if (!running) {
      const since = cache.generation;
      running = run(true).then(async (response) => {
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

  function hit(key: string, refresh: () => Run): Response | undefined {
    const kept = cache.get(key);
    if (!kept) return undefined;
    if (kept.ageMs > REFRESH_AT * env.RESPONSE_CACHE_TTL_MS) shared(key, refresh()).catch(() => {});
    return new ServerResponse(kept.body, { status: 200, headers: { ...kept.headers, "content-type": kept.contentType, "x-rolegraph-cache": "hit" } });
  }

  async function answer(key: string, run: Run): Promise<Response> {
    const result = await shared(key, run);
    return new ServerResponse(result.body, { status: result.status, headers: result.headers });
  }
  return { trusted: () => freshness.trusted(), hit, answer, cache, close: () => freshness.close() };
}
