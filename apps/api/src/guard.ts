import { isIP } from "node:net";
import type { Env } from "./env.ts";
import { json } from "./http.ts";
import type { Logger } from "./logger.ts";

/** Who may address and call the server, decided once from configuration. */
export interface GuardConfig {
  /** Host names the server answers to (lower case, IPv6 in brackets), any port; IP literals always. */
  hosts: ReadonlySet<string>;
  /** Origins besides the server's own whose pages may call it (ALLOWED_ORIGINS). */
  origins: ReadonlySet<string>;
}

export interface Refusal {
  status: 400 | 403 | 415 | 421;
  code: "BAD_REQUEST" | "FORBIDDEN_ORIGIN" | "UNSUPPORTED_MEDIA_TYPE" | "MISDIRECTED_REQUEST";
  message: string;
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);
/** Bodies a browser can only send after a CORS preflight; the form types it sends without one are not among them. */
const JSON_TYPES = new Set(["application/json", "application/graphql+json", "application/graphql-response+json"]);
const HOST = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9_.-]+))(?::(\d{1,5}))?$/;

export function guardConfig(env: Pick<Env, "HOST" | "ALLOWED_HOSTS" | "ALLOWED_ORIGINS">): GuardConfig {
  const own = env.HOST.toLowerCase();
  const listen = WILDCARD_HOSTS.has(own) ? [] : [isIP(own) === 6 ? `[${own}]` : own];
  return { hosts: new Set([...LOOPBACK_NAMES, ...listen, ...env.ALLOWED_HOSTS]), origins: new Set(env.ALLOWED_ORIGINS) };
}

/** The name part of a Host header value (lower case, IPv6 kept in brackets), or null when it is no host. */
export function hostName(host: string): string | null {
  const match = HOST.exec(host.toLowerCase());
  if (!match || Number(match[3] ?? 0) > 65535) return null;
  if (match[1] !== undefined) return isIP(match[1]) === 6 ? `[${match[1]}]` : null;
  const name = (match[2] ?? "").replace(/\.$/, "");
  return name.length > 0 && name.length <= 253 ? name : null;
}

const quote = (text: string) => JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}...` : text);

/**
 * Whether a request may run, from its method, URL and headers alone; null admits it.
 * In order: the Host must be a name this server answers to (DNS rebinding: a page on a name
 * re-pointed at this machine is same-origin with it, so only Host tells); the URL must decode;
 * a browser request must come from the server's own origin or an allowed one (Origin, or
 * Sec-Fetch-Site when a browser sent no Origin); a POST to /graphql must carry a JSON body,
 * which no browser sends across origins without a preflight that CORS then refuses.
 */
export function admit(method: string, url: string, headers: Headers, config: GuardConfig): Refusal | null {
  const parsed = parseUrl(url);
  return parsed instanceof URL ? admitParsed(method, parsed, headers, config) : parsed;
}

function parseUrl(url: string): URL | Refusal {
  try {
    return new URL(url);
  } catch {
    return { status: 400, code: "BAD_REQUEST", message: `the request's URL or Host header is malformed: ${quote(url)}` };
  }
}

/** admit() for a URL parsed already: the server parses each request's URL once, here. */
function admitParsed(method: string, parsed: URL, headers: Headers, config: GuardConfig): Refusal | null {
  const host = headers.get("host") ?? parsed.host;
  const name = hostName(host);
  if (name === null) return { status: 400, code: "BAD_REQUEST", message: `the Host header ${quote(host)} is not a host name` };
  if (isIP(name.replace(/^\[|\]$/g, "")) === 0 && !config.hosts.has(name)) {
    return { status: 421, code: "MISDIRECTED_REQUEST",
      message: `this server does not answer to the host name ${quote(name)}; if it is this server's, add it to ALLOWED_HOSTS` };
  }
  try {
    decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400, code: "BAD_REQUEST", message: `the path ${quote(parsed.pathname)} is not valid percent-encoding` };
  }
  const origin = headers.get("origin");
  if (origin !== null) {
    const own = origin.toLowerCase() === `http://${host.toLowerCase()}` || origin.toLowerCase() === `https://${host.toLowerCase()}`;
    if (!own && !config.origins.has(origin.toLowerCase())) {
      return { status: 403, code: "FORBIDDEN_ORIGIN",
        message: `a web page at ${quote(origin)} may not call this server: only its own pages and the origins in ALLOWED_ORIGINS may` };
    }
  }
  if (parsed.pathname !== "/graphql") return null;
  const site = headers.get("sec-fetch-site");
  // A top-level navigation (a link to GraphiQL) runs nothing and cannot be framed or read by the page that made it.
  const navigation = headers.get("sec-fetch-mode") === "navigate" && headers.get("sec-fetch-dest") === "document";
  if (origin === null && (site === "cross-site" || site === "same-site") && !navigation) {
    return { status: 403, code: "FORBIDDEN_ORIGIN",
      message: `a web page on another site (Sec-Fetch-Site: ${site}) may not call this server: only its own pages and the origins in ALLOWED_ORIGINS may` };
  }
  if (method === "POST") {
    const type = (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!JSON_TYPES.has(type)) {
      return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE",
        message: `POST /graphql takes a JSON body (Content-Type: application/json); this one is ${type ? quote(type) : "without a Content-Type"}` };
    }
  }
  return null;
}

/** The guard as the app calls it: a refusal answered (and logged) before anything runs, or null. */
/** The guard as the server runs it: the request's parsed URL when admitted, else the refusal to send. */
export function requestGuard(env: Pick<Env, "HOST" | "ALLOWED_HOSTS" | "ALLOWED_ORIGINS">, logger: Logger): (request: Request) => URL | Response {
  const config = guardConfig(env);
  const refuse = (request: Request, { status, code, message }: Refusal) => {
    logger.warn({ method: request.method, url: request.url.slice(0, 200), host: request.headers.get("host"), origin: request.headers.get("origin"), status, code }, "request refused");
    return json(status, { errors: [{ message, extensions: { code } }] });
  };
  return (request) => {
    const parsed = parseUrl(request.url);
    if (!(parsed instanceof URL)) return refuse(request, parsed);
    const refusal = admitParsed(request.method, parsed, request.headers, config);
    return refusal ? refuse(request, refusal) : parsed;
  };
}
