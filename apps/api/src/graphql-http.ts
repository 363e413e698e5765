import { NoSchemaIntrospectionCustomRule, type ExecutionResult, type GraphQLError, type ValidationRule } from "graphql";
import { createYoga, processRegularResult } from "graphql-yoga";
import { authenticate, type Principal } from "./auth.ts";
import { cachedAnswers } from "./cache/cached-graphql.ts";
import { createContext, type Context } from "./context.ts";
import type { Db } from "./db/driver.ts";
import type { Env } from "./env.ts";
import { GRAPHIQL_DEFAULT_QUERY } from "./graphiql.ts";
import { parsePost, readJsonBody, type Post } from "./json-post.ts";
import { maxAliasesRule } from "./limits.ts";
import { graphqlSpan, type OperationInfo } from "./observability/http-span.ts";
import type { Logger } from "./logger.ts";
import { PlanCache } from "./plan/plan-cache.ts";
import { planSetup, type Operation } from "./plan/plan.ts";
import { planPlugin } from "./plan/yoga-plugin.ts";
import { schema } from "./schema/index.ts";
import { yogaLogger } from "./yoga-logger.ts";

export interface GraphqlDeps {
  db: Db;
  env: Env;
  logger: Logger;
  maskError: (error: unknown, message: string) => GraphQLError;
}
/** What the one path hands yoga with each request: who is asking, authenticated once. */
export interface ServerContext {
  principal?: Principal;
}

/**
 * `/graphql`: one request path. The request is authenticated once and its body read once
 * and parsed at most once (json-post.ts; not at all for a response cache hit) into the
 * principal, the response cache's key and the text's plan, from the one plan cache (plan/plan-cache.ts) that yoga also parses, validates and
 * executes through (plan/yoga-plugin.ts). A JSON POST of a query that compiles runs its plan
 * directly with the context every path uses (context.ts), its errors masked as yoga masks
 * them: yoga's HTTP plumbing, parse, validation and hooks were most of the API's own time on
 * a by-id read (docs/performance.md). Everything else is yoga's, with the same plans and
 * context: GET, forms, a browser's request (CORS), mutations, invalid texts, odd bodies.
 * Yoga is made here and nowhere else, with no plugin but the plans: a check per text goes in
 * plan/plan.ts, a check per request in the context or the resolvers, where both paths meet
 * it. test/json-post.test.ts checks the answers are the ones yoga gives.
 */
export function createGraphql(deps: GraphqlDeps) {
  const { db, env, logger, maskError } = deps;
  const rules: ValidationRule[] = [maxAliasesRule(env.GRAPHQL_MAX_ALIASES)];
  if (!env.GRAPHQL_INTROSPECTION) rules.push(NoSchemaIntrospectionCustomRule);
  const plans = new PlanCache(planSetup(schema, rules, env.GRAPHQL_JIT));
  const allowedOrigins = new Set(env.ALLOWED_ORIGINS);
  const principalOf = (request: Request) => authenticate(request.headers.get("authorization"), env.ROLEGRAPH_TOKENS);

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    batching: false,
    // Bodies are limited before yoga sees them (MAX_BODY_BYTES in yoga.ts); yoga's own limit
    // piped every body through a TransformStream, a sixth of the API's own CPU per read.
    maxRequestBodySize: false,
    // The plan cache is the one cache of parsed and validated texts.
    parserAndValidationCache: false,
    logging: yogaLogger(logger),
    graphiql: { title: "Rolegraph GraphQL", defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    // CORS headers only for the origins in ALLOWED_ORIGINS (guard.ts refuses every other
    // foreign origin before anything runs); the explorer is same-origin and needs none.
    cors: (request) => (allowedOrigins.has(request.headers.get("origin")?.toLowerCase() ?? "") ? { origin: env.ALLOWED_ORIGINS, credentials: false } : false),
    plugins: [planPlugin(plans)],
    // The principal comes from the one path; yoga asked directly (tests compare with it) authenticates itself.
    context: ({ request, principal }): Context => createContext(db, env, principal ?? principalOf(request)),
    maskedErrors: { maskError },
  });
  const { Request: ServerRequest } = yoga.fetchAPI;
  const cached = cachedAnswers(db, env, yoga.fetchAPI.Response);

  /** Yoga's answer for the body already read: the same request, its body given again. */
  const toYoga = (request: Request, post: Post, principal: Principal, signal: AbortSignal | undefined) =>
    yoga.fetch(new ServerRequest(request.url, { method: "POST", headers: request.headers, body: post.body, signal }), { principal });

  async function run(request: Request, post: Post, principal: Principal, operation: Operation | undefined, shared: boolean): Promise<Response> {
    const { params, media } = post;
    if (!params || !media) return toYoga(request, post, principal, shared ? undefined : request.signal);
    try {
      if (operation?.compiled) {
        const context = { request, params, ...createContext(db, env, principal) };
        const result = (await operation.compiled.query(undefined, context, params.variables ?? {})) as ExecutionResult;
        const errors = result.errors?.map((error) => maskError(error, "Unexpected error."));
        return await processRegularResult(errors ? { ...result, errors } : result, yoga.fetchAPI, media);
      }
      // Mutations and what did not compile: yoga's execution, parse and validation from the plans, without its HTTP plumbing.
      // A shared run answers other callers too: not cancelled by this caller's signal.
      const asked = shared ? new ServerRequest(request.url, { method: "POST", headers: request.headers }) : request;
      const result = await yoga.getResultForParams({ params, request: asked }, { principal });
      if (!result) throw new Error("yoga gave no result");
      return await processRegularResult(result as ExecutionResult, yoga.fetchAPI, media);
    } catch (error) {
      // Yoga turns its own failures into masked errors too; nothing reaches here in tests.
      logger.error({ err: error }, "unexpected error");
      return processRegularResult({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL" } }] } as never, yoga.fetchAPI, media);
    }
  }

  /** The request inside its GraphQL span; what it ran is noted for metrics (observability/). */
  const fetch = (request: Request): Promise<Response> => graphqlSpan(request, (note) => answer(request, note));

  async function answer(request: Request, note: (info: OperationInfo) => void): Promise<Response> {
    const principal = principalOf(request);
    const body = await readJsonBody(request);
    if (body === null) return yoga.fetch(request, { principal });
    const prepare = () => {
      const post = parsePost(request, body);
      const operation = post.params ? plans.get(post.params.query).operation(post.params.operationName) : undefined;
      note({ name: post.params?.operationName ?? "anonymous", kind: operation?.kind ?? "invalid" });
      return { post, operation };
    };
    if (!cached || !(await cached.trusted())) {
      const { post, operation } = prepare();
      return run(request, post, principal, operation, false);
    }
    // Answers depend on the caller's scopes (reads need "read"), on the format asked for and,
    // for their CORS headers, on the caller's origin. Only queries are ever kept, so a hit
    // needs no parsing: the body is parsed on a miss.
    const key = `${[...principal.scopes].sort().join(",")}\n${request.headers.get("accept") ?? ""}\n${request.headers.get("origin") ?? ""}\n${body}`;
    const hit = cached.hit(key, () => {
      const { post, operation } = prepare();
      return (shared) => run(request, post, principal, operation, shared);
    });
    if (hit) {
      note({ name: "(cached)", kind: "query" });
      return hit;
    }
    const { post, operation } = prepare();
    if (operation?.kind !== "query") return run(request, post, principal, operation, false);
    return cached.answer(key, (shared) => run(request, post, principal, operation, shared));
  }

  return { fetch, yoga, plans, cache: cached?.cache ?? null, close: () => cached?.close() };
}
