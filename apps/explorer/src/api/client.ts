import type { TypedDocumentString } from "./types.generated.ts";

/**
 * One operation of operations.graphql as codegen printed it at build time, with exactly the
 * fragments it spreads and its result and variable types attached (types.generated.ts).
 */
export type Operation<TData, TVars> = TypedDocumentString<TData, TVars>;

/** What went wrong, in words a person can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** True when nothing answered at all: the API is not running. */
    readonly unreachable: boolean,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const ENDPOINT = "/graphql";
export const UNREACHABLE = `API not reachable at ${ENDPOINT} — start it with npm start`;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/**
 * Sends one generated operation: the text codegen typed, so a query can never drift from its
 * generated type, and only that operation, so one the API rejects fails alone.
 */
export async function request<TData, TVars extends object>(operation: Operation<TData, TVars>, variables: TVars): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: operation.toString(), variables }),
    });
  } catch {
    throw new ApiError(UNREACHABLE, true);
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<TData> | null;
  // A proxy with nothing behind it answers 502/504 and no GraphQL body.
  if (body === null) throw new ApiError(UNREACHABLE, response.status >= 500 || response.status === 404);
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(first.message, false);
  if (body.data === undefined || body.data === null) throw new ApiError("the API returned no data", false);
  return body.data;
}
