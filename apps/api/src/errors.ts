/**
 * Domain errors: what a use case or a storage function tells its caller, with a stable code
 * clients may branch on. No GraphQL here: the layers below the API (services, db) throw these,
 * and the boundaries map them (graphql-errors.ts for the API, cli/main.ts prints the message).
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "INVALID_DOCUMENT", "NEO4J_UNAVAILABLE",
  "CONFLICT", "QUERY_TOO_COMPLEX", "TOO_LARGE",
  // Handoff enforcement (events.md): a contract that holds.
  "GATES_FAILED", "NOT_ACKNOWLEDGED", "WRONG_ROLE",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { NEO4J_UNAVAILABLE: 503, UNAUTHENTICATED: 401, TOO_LARGE: 413 };

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === "string" && (ERROR_CODES as readonly string[]).includes(code);

/** A domain error: safe to show, with a stable code and details a client may read. */
export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(readonly code: ErrorCode, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

/** Duck-typed, not instanceof: a module loaded twice (tsx and vitest) has two classes. */
export function asDomainError(error: unknown): DomainError | null {
  const e = error as { name?: unknown; code?: unknown } | null;
  return error instanceof Error && e?.name === "DomainError" && isErrorCode(e.code) ? (error as DomainError) : null;
}

export const notFound = (kind: string, id: string, team?: string) =>
  new DomainError("NOT_FOUND", `no ${kind} '${id}'${team ? ` in team '${team}'` : ""}`, { kind, id });

export const conflict = (message: string, details: Record<string, unknown> = {}) => new DomainError("CONFLICT", message, details);

export const forbidden = (message: string, details: Record<string, unknown> = {}) => new DomainError("FORBIDDEN", message, details);

export const badInput = (message: string, details: Record<string, unknown> = {}) => new DomainError("BAD_USER_INPUT", message, details);

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
export function tooLargeForNeo4j(error: unknown): DomainError {
  const setting = /((?:db|dbms|server)\.memory\.[a-z_.]*[a-z])/.exec(String((error as Error | null)?.message ?? ""))?.[1];
  return new DomainError("TOO_LARGE",
    `the write needs more memory than Neo4j allows a transaction${setting ? ` (${setting})` : ""}: nothing was written, and sending it again will not succeed; split it into smaller documents or raise the limit`,
    setting ? { setting } : {});
}

export const neo4jUnavailable = () =>
  new DomainError("NEO4J_UNAVAILABLE", "the graph database (Neo4j) is not reachable or too busy right now; try again shortly");
