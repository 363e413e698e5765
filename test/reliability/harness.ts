import { appendFileSync, mkdirSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { join } from "node:path";
import type { Db } from "../../apps/api/src/db/driver.ts";
import { ENTITY_LABELS } from "../../apps/api/src/graph/rows.ts";
import { ROOT } from "../helpers.ts";

/**
 * The reliability suite runs in two profiles: `short` (the default, what `npm test` runs in
 * CI, a few minutes in all) and `full` (RELIABILITY_PROFILE=full, `npm run test:reliability`).
 * Each test picks its sizes with `sized(short, full)` and prints one figures line.
 */
export const PROFILE = process.env.RELIABILITY_PROFILE === "full" ? "full" : "short";
export const sized = <T>(short: T, full: T): T => (PROFILE === "full" ? full : short);

const FIGURES = join(ROOT, "test-output", "reliability-figures.txt");

/** Prints `[reliability:<profile>] <test>: <figures>` and keeps it in test-output/ for docs. */
export function figures(test: string, line: string): void {
  const text = `[reliability:${PROFILE}] ${test}: ${line}`;
  console.log(text);
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  appendFileSync(FIGURES, `${new Date().toISOString()} ${text}\n`);
}

export const TOKENS = [
  { name: "reader", token: "rel-reader-token-3f9a1c77e2", scopes: ["read"] },
  { name: "writer", token: "rel-writer-token-8b02d4e6a1", scopes: ["read", "write"] },
  { name: "writer-only", token: "rel-writeonly-token-5c1e9f0b", scopes: ["write"] },
  { name: "admin-only", token: "rel-adminonly-token-a7d3e24c", scopes: ["admin"] },
  { name: "admin", token: "rel-admin-token-6e4b8a0f93d", scopes: ["read", "write", "admin"] },
] as const;
export const token = (name: (typeof TOKENS)[number]["name"]): string => {
  const found = TOKENS.find((t) => t.name === name);
  if (!found) throw new Error(`no token ${name}`);
  return found.token;
};

/**
 * Every node carrying `team` (structure and handoffs) with its outgoing relationships, in a
 * canonical order with sorted keys: two dumps are equal byte for byte iff the team's part of
 * the graph is the same.
 */
export async function dumpTeam(db: Db, team: string): Promise<string> {
  // One indexed lookup per label: a label-less `({team: $team})` would scan every node of the run.
  const byLabel = [...ENTITY_LABELS, "Handoff"].map((label) => `MATCH (n:${label} {team: $team}) RETURN n`).join(" UNION ALL ");
  const rows = await db.query<{ labels: string[]; props: Record<string, unknown>; out: unknown[] }>(
    `CALL () { ${byLabel} }
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: labels(m), toTeam: m.team, toId: m.id, props: properties(r)} END) AS out
     RETURN labels(n) AS labels, properties(n) AS props, out`, { team });
  const lines = rows.map((r) => canonical({ labels: [...r.labels].sort(), props: r.props, out: r.out.map(canonical).sort() }));
  return lines.sort().join("\n");
}

/** JSON with object keys sorted at every level. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** A GraphQL POST over real HTTP (fetch), with a timeout so a hang fails instead of waiting forever. */
export async function httpGql<T = Record<string, unknown>>(base: string, query: string, variables: Record<string, unknown> = {},
  options: { token?: string; timeoutMs?: number } = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, ...body };
}
