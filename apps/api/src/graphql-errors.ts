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
    if (["GraphQLError", "InputValidationError", "PothosValidationError"].includes((original as Error).name)) {
      return new GraphQLError((error as Error).message, { extensions: { code: "BAD_USER_INPUT" } });
    }
    logger.error({ err: original }, "unexpected error");
    return new GraphQLError(message, { extensions: { code: "INTERNAL" } });
  };
}
