import { isIP } from "node:net";
import { z } from "zod";
import { WebhooksSchema } from "./webhooks/config.ts";

const TokenSchema = z.strictObject({
  name: z.string().min(1),
  token: z.string().min(16, "must be at least 16 characters"),
  scopes: z.array(z.enum(["read", "write", "admin"])).min(1),
  /** The roles this token may act as in handoffs: "team/role" or "team/*"; absent: any role. */
  roles: z.array(z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'must be "team/role" or "team/*"')).optional(),
});
export type TokenConfig = z.infer<typeof TokenSchema>;

const int = (fallback: number, min = 0) =>
  z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(min, `must be at least ${min}`).default(fallback);
const bool = (fallback: boolean) =>
  z.enum(["true", "false", "1", "0"]).default(fallback ? "true" : "false").transform((v) => v === "true" || v === "1");

/** A comma-separated list, each entry trimmed and checked by `check` (which names what is wrong, or gives null). */
const list = (check: (entry: string) => string | null) =>
  z.string().default("").transform((text, ctx) => {
    const entries = text.split(",").map((entry) => entry.trim()).filter((entry) => entry.length > 0);
    for (const entry of entries) {
      const problem = check(entry);
      if (problem) ctx.addIssue({ code: "custom", message: `${JSON.stringify(entry)} ${problem}` });
    }
    return entries.map((entry) => entry.toLowerCase().replace(/\/$/, ""));
  });
const originProblem = (entry: string): string | null => {
  if (entry === "*" || entry === "null") return "would let any web page call the API; list each origin (scheme://host[:port])";
  try {
    const url = new URL(entry);
    const ok = (url.protocol === "http:" || url.protocol === "https:") && url.origin === entry.toLowerCase().replace(/\/$/, "");
    return ok ? null : "is not an origin: write scheme://host[:port], no path (e.g. https://tools.example.com)";
  } catch {
    return "is not an origin: write scheme://host[:port] (e.g. https://tools.example.com)";
  }
};
const hostProblem = (entry: string): string | null =>
  /^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(\.[a-z0-9_-]+)*)$/i.test(entry) ? null : "is not a host name: write the name alone, without scheme, port or path (e.g. rolegraph.internal)";

/** All configuration, read from the environment once and checked before anything starts. */
export const EnvSchema = z.object({
  PORT: int(4000, 0).pipe(z.number().max(65535, "must be a port number, 0 to 65535")),
  HOST: z.string().min(1).default("127.0.0.1"),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI").optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  /** Where the embedded Neo4j keeps its data when NEO4J_URI is not set. */
  NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
  NEO4J_LOCAL_PORT: int(7687).pipe(z.number().max(65535, "must be a port number, 0 to 65535")),
  /** JSON: [{"name":"ci","token":"...","scopes":["read","write"]}] */
  ROLEGRAPH_TOKENS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return [];
      const expected = 'must be a JSON list of {"name", "token", "scopes"}';
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // JSON.parse's message quotes the text around the mistake: that would print a token.
        ctx.addIssue({ code: "custom", message: `${expected}; it is not valid JSON` });
        return z.NEVER;
      }
      const tokens = z.array(TokenSchema).safeParse(json);
      if (tokens.success) return tokens.data;
      const where = (path: PropertyKey[]) => path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
      ctx.addIssue({ code: "custom", message: `${expected}: ${tokens.error.issues.map((i) => `${where(i.path)} ${i.message}`).join("; ")}` });
      return z.NEVER;
    }),
  /** JSON: [{"url","secret","events"?,"teams"?,"id"?}]: where handoff events are POSTed (webhooks/config.ts). */
  ROLEGRAPH_WEBHOOKS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return [];
      const expected = 'must be a JSON list of {"url", "secret", "events"?, "teams"?, "id"?}';
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: "custom", message: `${expected}; it is not valid JSON` });
        return z.NEVER;
      }
      const hooks = WebhooksSchema.safeParse(json);
      if (hooks.success) return hooks.data;
      ctx.addIssue({ code: "custom", message: `${expected}: ${hooks.error.issues.map((i) => `${i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")} ${i.message}`).join("; ")}` });
      return z.NEVER;
    }),
  /** Origins (scheme://host[:port]) besides the server's own whose web pages may call the API. */
  ALLOWED_ORIGINS: list(originProblem),
  /** Host names the server answers to besides loopback names, IP addresses and HOST (DNS rebinding guard). */
  ALLOWED_HOSTS: list(hostProblem),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MAX_DOCUMENT_BYTES: int(10 * 1024 * 1024, 1),
  MAX_ALIAS_COUNT: int(1000, 0),
  /** Most keys, values, lists and list items in a team document, counted before it is built. */
  MAX_DOCUMENT_ELEMENTS: int(100_000, 1),
  MAX_BODY_BYTES: int(12 * 1024 * 1024, 1024),
  GRAPHQL_INTROSPECTION: bool(true),
  /** Queries are compiled to JavaScript once per document (graphql-jit); false runs the standard executor. */
  GRAPHQL_JIT: bool(true),
  GRAPHQL_MAX_DEPTH: int(12, 1),
  GRAPHQL_MAX_COMPLEXITY: int(20_000, 1),
  GRAPHQL_MAX_ALIASES: int(30, 1),
  /** How long a query's answer may be served from memory; 0 turns the response cache off. */
  RESPONSE_CACHE_TTL_MS: int(10_000, 0),
  RESPONSE_CACHE_MB: int(64, 1),
  /** How far a cached answer may lag a write made outside this process; 0: not at all (several instances, docs/deploy.md). */
  RESPONSE_CACHE_CHECK_MS: int(100, 0),
});
export type Env = z.infer<typeof EnvSchema>;

/** Bad configuration: one line per variable, each naming it ("PORT: must be a whole number"). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** Parses the configuration; the composition root calls it once, with process.env. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "(env)");
      const value = source[name];
      // The value helps spot a typo; secrets are never echoed.
      const shown = value === undefined || /PASSWORD|TOKEN|WEBHOOK/.test(name) ? "" : ` (it is ${JSON.stringify(value.slice(0, 80))})`;
      return `${name}: ${issue.message}${shown}`;
    }));
  }
  return result.data;
}

/** Open (token-less) access is only for a server nobody else can reach. */
export function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}
