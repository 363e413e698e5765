import { GraphQLError } from "graphql";
import { asDomainError, HTTP_STATUS, isErrorCode, isNeo4jMemoryLimit, isNeo4jUnavailable, neo4jUnavailable, tooLargeForNeo4j, type DomainError, type ErrorCode } from "./errors.ts";

/**
 * The API's side of errors.ts: domain errors become GraphQL errors here, at the boundary,
 * with the code (and an HTTP status where one applies) in `extensions`.
 */
export class RolegraphError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...details, ...(status ? { http: { status } } : {}) } });
  }
}

export const toGraphQLError = (error: DomainError): GraphQLError => new RolegraphError(error.code, error.message, error.details);

/**
 * What a client sees of an error: domain errors and GraphQL's own (parse, validation, input)
 * as they are; a Neo4j outage as NEO4J_UNAVAILABLE, which the client should know; the rest
 * masked as INTERNAL and logged. Yoga's maskError, and the prepared path's (json-post.ts).
 */
export function errorMask(logger: { error: (object: object, message: string) => void }) {
  return function maskError(error: unknown, message: string): GraphQLError {
    // Duck-typed, not instanceof: graphql can be loaded twice (ESM and CJS builds).
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const domain = asDomainError(original);
    if (domain) return toGraphQLError(domain);
    const code = (original as { extensions?: { code?: unknown } }).extensions?.code;
    if (isErrorCode(code)) return original as GraphQLError;
    if (isNeo4jMemoryLimit(original)) return toGraphQLError(tooLargeForNeo4j(original));
    if (isNeo4jUnavailable(original)) return toGraphQLError(neo4jUnavailable());
    // Pothos' argument and complexity errors are PothosValidationErrors (InputValidationError's
    // name is that too). The outer message: for a variable that does not coerce it names the
    // variable and the type expected, where the inner one only says the value is not an ID.
    // Yoga's own request errors (a body that is not JSON, bad parameters, a mutation over GET)
    // and parse and validation errors carry the HTTP status GraphQL over HTTP asks for in
    // `extensions.http` (status, headers such as Allow, and `spec` for the ones that stay 200
    // under application/json): kept, or they would all answer 200. Yoga strips it from the body.
    if (["GraphQLError", "InputValidationError", "PothosValidationError"].includes((original as Error).name)) {
      const http = httpOf(error) ?? httpOf(original);
      // A request that is not GraphQL over HTTP at all (a body that is not JSON, parameters of
      // the wrong type) answers 400 under either media type; yoga marks its invalid JSON
      // `spec`, which would answer it 200 under application/json, against the spec's SHOULD.
      if (http && (original as GraphQLError).extensions?.code === "BAD_REQUEST") delete http.spec;
      return new GraphQLError((error as Error).message, { extensions: { code: "BAD_USER_INPUT", ...(http ? { http } : {}) } });
    }
    logger.error({ err: original }, "unexpected error");
    return new GraphQLError(message, { extensions: { code: "INTERNAL" } });
  };
}

/** The `extensions.http` of an error (yoga's status, headers and spec flag), if it has one. */
function httpOf(error: unknown): Record<string, unknown> | undefined {
  const http = (error as { extensions?: { http?: unknown } } | null)?.extensions?.http;
  return typeof http === "object" && http !== null ? { ...(http as Record<string, unknown>) } : undefined;
}
