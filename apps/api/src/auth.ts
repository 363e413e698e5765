import { timingSafeEqual, createHash } from "node:crypto";
import type { TokenConfig } from "./env.ts";

export type Scope = "read" | "write" | "admin";
export interface Principal {
  /** The token's name from configuration, or "local" for open loopback access; never the secret. */
  name: string;
  scopes: ReadonlySet<Scope>;
  /** The roles it may act as in handoffs ("team/role", "team/*"); null: any role. */
  roles: readonly string[] | null;
}

export const ANONYMOUS: Principal = { name: "anonymous", scopes: new Set(), roles: [] };
const OPEN: Principal = { name: "local", scopes: new Set<Scope>(["read", "write", "admin"]), roles: null };

/**
 * Who is calling: with no tokens configured (only allowed on loopback) everyone is the
 * local user; otherwise the bearer token must match one from configuration. Tokens are
 * compared as fixed-length digests in constant time, so timing tells nothing.
 */
export function authenticate(header: string | null, tokens: readonly TokenConfig[]): Principal {
  if (tokens.length === 0) return OPEN;
  const presented = /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1]?.trim();
  if (!presented) return ANONYMOUS;
  const digest = sha256(presented);
  let match: TokenConfig | undefined;
  for (const token of tokens) {
    // No early exit: every configured token is compared.
    if (timingSafeEqual(digest, sha256(token.token))) match = token;
  }
  return match ? { name: match.name, scopes: new Set(match.scopes), roles: match.roles ?? null } : ANONYMOUS;
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
