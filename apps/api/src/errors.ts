import { GraphQLError } from "graphql";

/** Stable error codes clients may branch on; everything else is masked as INTERNAL. */
export const ERROR_CODES = [
  "BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "INVALID_DOCUMENT", "NEO4J_UNAVAILABLE",
  "CONFLICT", "QUERY_TOO_COMPLEX", "TOO_LARGE",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { NEO4J_UNAVAILABLE: 503, UNAUTHENTICATED: 401, TOO_LARGE: 413 };

/** A domain error: safe to show, with a stable code. */
export class RolegraphError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...details, ...(status ? { http: { status } } : {}) } });
  }
}

export const notFound = (kind: string, id: string, team?: string) =>
  new RolegraphError("NOT_FOUND", `no ${kind} '${id}'${team ? ` in team '${team}'` : ""}`, { kind, id });

/**
 * Neo4j driver errors that mean "the database is not there, or not free, right now", not
 * "your query is wrong": the client should try again shortly (503).
 * - Transient errors (a deadlock, a database starting or stopping) that outlived the driver's
 *   retries: in the outage test an import deadlocked as Neo4j stopped, its retries ran into
 *   the outage, and it came back INTERNAL (one CI run in about six; reproduced once in six
 *   runs of that test alone).
 * - A transaction terminated by a stopping database: the driver reports it as a ClientError
 *   and does not retry it.
 */
export function isNeo4jUnavailable(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const text = String((error as Error | null)?.message ?? "");
  if (isNeo4jMemoryLimit(error)) return false;
  return code === "ServiceUnavailable" || code === "SessionExpired" || code.startsWith("Neo.TransientError.")
    || /^Neo\.ClientError\.Transaction\.(Terminated|LockClientStopped)$/.test(code)
    || /ECONNREFUSED|Connection acquisition timed out|Could not perform discovery|connection was closed|Pool is closed/i.test(text);
}

/**
 * Neo4j refusing a transaction for its memory: one transaction's limit
 * (db.memory.transaction.max, a ClientError), the pool all transactions share
 * (db.memory.transaction.total.max, reported as a TransientError), or the heap. Neo4j calls
 * the latter two transient, but a transaction that needs more than the pool holds fails the
 * same way every time: a 286,397-role import was retried by the driver and then answered
 * "503, try again" after 75 s. So none of these is "unavailable": the work is too large.
 */
export function isNeo4jMemoryLimit(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  const gql = String((error as { gqlStatus?: unknown } | null)?.gqlStatus ?? "");
  return MEMORY_CODES.has(code) || gql === "51N72" || gql === "51N73";
}
const MEMORY_CODES = new Set([
  "Neo.ClientError.General.TransactionOutOfMemoryError", "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit", "Neo.TransientError.General.OutOfMemoryError",
]);

/** A write Neo4j refused for its size: final (413), not to be retried; names the setting when Neo4j did. */
export function tooLargeForNeo4j(error: unknown): RolegraphError {
  const setting = /((?:db|dbms|server)\.memory\.[a-z_.]*[a-z])/.exec(String((error as Error | null)?.message ?? ""))?.[1];
  return new RolegraphError("TOO_LARGE",
    `the write needs more memory than Neo4j allows a transaction${setting ? ` (${setting})` : ""}: nothing was written, and sending it again will not succeed; split it into smaller documents or raise the limit`,
    setting ? { setting } : {});
}

export const neo4jUnavailable = () =>
  new RolegraphError("NEO4J_UNAVAILABLE", "the graph database (Neo4j) is not reachable or too busy right now; try again shortly");

/**
 * What a client sees of an error: domain errors and GraphQL's own (parse, validation, input)
 * as they are; a Neo4j outage as NEO4J_UNAVAILABLE, which the client should know; the rest
 * masked as INTERNAL and logged. Yoga's maskError, and the prepared path's (json-post.ts).
 */
export function errorMask(logger: { error: (object: object, message: string) => void }) {
  return function maskError(error: unknown, message: string): GraphQLError {
    // Duck-typed, not instanceof: graphql can be loaded twice (ESM and CJS builds).
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const code = (original as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code === "string" && (ERROR_CODES as readonly string[]).includes(code)) return original as GraphQLError;
    if (isNeo4jMemoryLimit(original)) return tooLargeForNeo4j(original);
    if (isNeo4jUnavailable(original)) return neo4jUnavailable();
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
