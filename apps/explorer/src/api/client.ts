import { operationText } from "./documents.ts";
import operations from "./operations.graphql?raw";

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
 * Sends a named operation from operations.graphql: the same text that codegen typed, so a
 * query can never drift from its generated type.
 */
export async function request<TData, TVars extends object>(operationName: string, variables: TVars): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: operationText(operations, operationName), operationName, variables }),
    });
  } catch {
    throw new ApiError(UNREACHABLE, true);
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<TData> | null;
  // A proxy with nothing behind it answers 502/504 and no GraphQL body.
  if (body === null) throw new ApiError(UNREACHABLE, response.status >= 500 || response.status === 404);
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(first.message, false);
  if (body.data === undefined || body.data === null) throw new ApiError(`${operationName}: the API returned no data`, false);
  return body.data;
}
