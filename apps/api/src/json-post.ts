/** The media type a JSON POST is answered in when the fast path may answer it. */
export type MediaType = "application/json" | "application/graphql-response+json";
export interface Params {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

/** A POST with a JSON body, read and parsed once for every layer after it (graphql-http.ts). */
export interface Post {
  body: string;
  /** The GraphQL parameters, or null when yoga's checks would refuse them (yoga then answers, 400). */
  params: Params | null;
  /** The media type to answer in when the fast path may answer: JSON both ways and no Origin. */
  media: MediaType | null;
}

/** The body of a POST with a JSON content type, read once; null for anything else (yoga answers it whole). */
export async function readJsonBody(request: Request): Promise<string | null> {
  if (request.method !== "POST" || !request.headers.get("content-type")?.includes("json")) return null;
  return request.text();
}

/** The body parsed, once: parameters and the media type to answer in. */
export function parsePost(request: Request, body: string): Post {
  return { body, params: graphqlParams(body), media: plainJsonPost(request.method, request.headers) };
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
