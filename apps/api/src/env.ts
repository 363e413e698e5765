import { isIP } from "node:net";
import { z } from "zod";

const TokenSchema = z.strictObject({
  name: z.string().min(1),
  token: z.string().min(16, "must be at least 16 characters"),
  scopes: z.array(z.enum(["read", "write", "admin"])).min(1),
});
export type TokenConfig = z.infer<typeof TokenSchema>;

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const bool = (fallback: boolean) =>
  z.enum(["true", "false", "1", "0"]).default(fallback ? "true" : "false").transform((v) => v === "true" || v === "1");

/** All configuration, read from the environment once and checked before anything starts. */
export const EnvSchema = z.object({
  PORT: int(4000, 0).pipe(z.number().max(65535)),
  HOST: z.string().min(1).default("127.0.0.1"),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI").optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  /** Where the embedded Neo4j keeps its data when NEO4J_URI is not set. */
  NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
  NEO4J_LOCAL_PORT: int(7687).pipe(z.number().max(65535)),
  /** JSON: [{"name":"ci","token":"...","scopes":["read","write"]}] */
  ROLEGRAPH_TOKENS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return [];
      try {
        return z.array(TokenSchema).parse(JSON.parse(text));
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `must be a JSON list of {name, token, scopes}: ${(error as Error).message.slice(0, 200)}` });
        return z.NEVER;
      }
    }),
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
  /** How far a cached answer may lag a write made outside this process. */
  RESPONSE_CACHE_CHECK_MS: int(100, 1),
});
export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
/** The process's configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Open (token-less) access is only for a server nobody else can reach. */
export function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}
