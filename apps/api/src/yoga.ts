import { join } from "node:path";
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { authenticate } from "./auth.ts";
import { cachedGraphql } from "./cache/cached-graphql.ts";
import { compiledQueries } from "./compiled.ts";
import type { Context } from "./context.ts";
import type { Db } from "./db/driver.ts";
import type { Env } from "./env.ts";
import { errorMask } from "./graphql-errors.ts";
import { failSafe } from "./fail-safe.ts";
import { GRAPHIQL_DEFAULT_QUERY } from "./graphiql.ts";
import { requestGuard } from "./guard.ts";
import { json, staticFiles } from "./http.ts";
import { jsonPost } from "./json-post.ts";
import { PreparedQueries } from "./prepared.ts";
import type { Logger } from "./logger.ts";
import { yogaLogger } from "./yoga-logger.ts";
import { MAX_QUERY_NESTING, maxAliasesRule, nestingDepth } from "./limits.ts";
import { schema } from "./schema/index.ts";

export interface AppDeps {
  db: Db;
  env: Env;
  logger: Logger;
  explorerDist?: string;
}

/** The whole HTTP app as one fetch handler: /graphql, /healthz and the explorer. */
export function createApp(deps: AppDeps) {
  const { db, env, logger } = deps;
  const rules: ValidationRule[] = [maxAliasesRule(env.GRAPHQL_MAX_ALIASES)];
  if (!env.GRAPHQL_INTROSPECTION) rules.push(NoSchemaIntrospectionCustomRule);
  const validationRules: Plugin = { onValidate: ({ addValidationRule }) => rules.forEach((rule) => addValidationRule(rule)) };
  const nestingLimit: Plugin = {
    onParse: ({ params }) => {
      const source = typeof params.source === "string" ? params.source : params.source.body;
      const depth = nestingDepth(source);
      if (depth > MAX_QUERY_NESTING) {
        throw new GraphQLError(`the query nests brackets ${depth} deep; the limit is ${MAX_QUERY_NESTING}`, { extensions: { code: "QUERY_TOO_COMPLEX" } });
      }
    },
  };

  const maskError = errorMask(logger);
  const allowedOrigins = new Set(env.ALLOWED_ORIGINS);
  const guard = requestGuard(env, logger);
  const contextOf = (request: Request): Context => ({ db, env, principal: authenticate(request.headers.get("authorization"), env.ROLEGRAPH_TOKENS) });
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    batching: false,
    // Bodies are limited before yoga sees them (MAX_BODY_BYTES in fetch below, chunked ones
    // counted as they arrive); yoga's own limit piped every body through a TransformStream,
    // a sixth of the API's own CPU per read in the bench profile.
    maxRequestBodySize: false,
    logging: yogaLogger(logger),
    graphiql: { title: "Rolegraph GraphQL", defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    // CORS headers only for the origins in ALLOWED_ORIGINS (guard.ts refuses every other
    // foreign origin before yoga runs); the explorer is same-origin and needs none.
    cors: (request) => (allowedOrigins.has(request.headers.get("origin")?.toLowerCase() ?? "") ? { origin: env.ALLOWED_ORIGINS, credentials: false } : false),
    plugins: [nestingLimit, validationRules, ...(env.GRAPHQL_JIT ? [compiledQueries()] : [])],
    context: ({ request }): Context => contextOf(request),
    maskedErrors: { maskError },
  });

  // Prepared queries run compiled plans directly: only with compiled queries on.
  const prepared = env.GRAPHQL_JIT ? { queries: new PreparedQueries(yoga), context: contextOf, maskError } : undefined;
  const graphql = cachedGraphql(jsonPost(yoga, logger, prepared), db, env, yoga.fetchAPI);
  const explorer = staticFiles(deps.explorerDist ?? join(import.meta.dirname, "..", "..", "explorer", "dist"));

  const tooLarge = (size: string) =>
    json(413, { errors: [{ message: `request body is ${size} bytes; the limit is ${env.MAX_BODY_BYTES}`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });

  async function fetch(incoming: Request): Promise<Response> {
    const refused = guard(incoming);
    if (refused) return refused;
    const started = performance.now();
    const url = new URL(incoming.url);
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
    } else if (url.pathname === "/healthz") {
      const neo4j = await db.ping();
      response = json(neo4j.ok ? 200 : 503, { status: neo4j.ok ? "ok" : "degraded", api: "ok", neo4j: neo4j.ok ? "ok" : `down: ${neo4j.reason}` });
    } else if (incoming.method === "GET" || incoming.method === "HEAD") {
      response = explorer(url.pathname);
    } else response = json(405, { error: "method not allowed" });
    logger.info({ method: incoming.method, path: url.pathname, status: response.status, ms: Math.round(performance.now() - started) }, "request");
    return response;
  }
  return { fetch: failSafe(fetch, logger), yoga, prepared, cache: graphql.cache, close: graphql.close };
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
