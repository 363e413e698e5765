import type { ExecutionResult, GraphQLError } from "graphql";
import { processRegularResult, type YogaServerInstance } from "graphql-yoga";
import type { Context } from "./context.ts";
import type { Logger } from "./logger.ts";
import type { PreparedQueries } from "./prepared.ts";

type Yoga = YogaServerInstance<Record<string, unknown>, Context>;
/** Queries seen before, run without yoga's per-request hooks (prepared.ts); with the app's context and error mask. */
export interface Prepared {
  queries: PreparedQueries;
  context: (request: Request) => Context;
  maskError: (error: unknown, message: string) => GraphQLError;
}
type MediaType = "application/json" | "application/graphql-response+json";
export interface Params {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

/**
 * `POST /graphql` with a JSON body, as every client but a browser sends it, answered through
 * yoga's own execution (its envelop plugins, parse and validation caches, error masking,
 * onParams and onExecutionResult hooks) and its own result processor, without the HTTP
 * plumbing around them: the server adapter's AbortSignal and promise chain, the request
 * parser hooks, the media-type negotiation over three processors. That plumbing was 150 to
 * 230 µs of a 2 to 3 ms read (bench/, docs/performance.md). Anything yoga would treat
 * differently goes to yoga whole: a browser's request (Origin: CORS headers), another
 * content or accepted type, a body that is not one well-formed set of GraphQL parameters.
 * The schema has no subscriptions, @defer or @stream, so a result is never a stream.
 * test/json-post.test.ts checks the answers are the ones yoga gives.
 */
export function jsonPost(yoga: Yoga, logger: Logger, prepared?: Prepared) {
  const { Request: ServerRequest } = yoga.fetchAPI;
  return async function handle(request: Request): Promise<Response> {
    const type = plainJsonPost(request.method, request.headers);
    if (!type) return yoga.fetch(request);
    const body = await request.text();
    const params = graphqlParams(body);
    if (!params) return yoga.fetch(new ServerRequest(request.url, { method: "POST", headers: request.headers, body, signal: request.signal }));
    try {
      const plan = prepared?.queries.get(params);
      if (plan) {
        // What yoga's pipeline ends in for this text: the plan run with the request's context,
        // errors masked by the same function yoga masks with.
        const context = { request, params, ...prepared?.context(request) };
        const result = (await plan.query(undefined, context, params.variables ?? {})) as ExecutionResult;
        const errors = result.errors?.map((error) => prepared?.maskError(error, "Unexpected error.") ?? error);
        return await processRegularResult(errors ? { ...result, errors } : result, yoga.fetchAPI, type);
      }
      const result = await yoga.getResultForParams({ params, request }, {});
      if (!result) throw new Error("yoga gave no result");
      if (plan === undefined) prepared?.queries.prepare(params, request);
      return await processRegularResult(result, yoga.fetchAPI, type);
    } catch (error) {
      // Yoga's handler turns its own failures into masked errors too; nothing reaches here in tests.
      logger.error({ err: error }, "unexpected error");
      return processRegularResult({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL" } }] } as never, yoga.fetchAPI, type);
    }
  };
}

/** The media type yoga would answer a POST in, when it is JSON both ways and not cross-origin; else null. */
export function plainJsonPost(method: string, headers: Headers): MediaType | null {
  if (method !== "POST" || headers.has("origin")) return null;
  const contentType = headers.get("content-type")?.replace(/\s/g, "").toLowerCase();
  if (contentType !== "application/json" && contentType !== "application/json;charset=utf-8") return null;
  const accept = (headers.get("accept") ?? "*/*").replace(/\s/g, "").toLowerCase().replace(/;charset=utf-8$/, "");
  if (accept === "*/*" || accept === "application/json") return "application/json";
  if (accept === "application/graphql-response+json") return accept;
  return null;
}

const KEYS = new Set(["query", "variables", "operationName", "extensions"]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The body as GraphQL parameters yoga's checks would accept, or null (yoga then answers the 400). */
export function graphqlParams(body: string): Params | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isObject(parsed) || typeof parsed.query !== "string") return null;
  for (const [key, value] of Object.entries(parsed)) if (value !== null && value !== undefined && !KEYS.has(key)) return null;
  const { variables, operationName, extensions } = parsed;
  if (variables != null && !isObject(variables)) return null;
  if (extensions != null && !isObject(extensions)) return null;
  if (operationName != null && typeof operationName !== "string") return null;
  // Yoga reads null as absent.
  return { query: parsed.query, variables: variables ?? undefined, operationName: operationName ?? undefined, extensions: extensions ?? undefined };
}
