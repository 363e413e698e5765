import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// How long the embedded Neo4j took to start in a data directory, kept beside its data so the
// next command that must start it can say how long to wait (issue 20: a CLI command with no
// server running sat silent for 30 s and more while the README promised "a few seconds").

const FILE = "rolegraph-last-start.json";

/** The last start's duration in this data directory, in ms, or undefined when none was recorded. */
export function readLastStart(dataDir: string): number | undefined {
  try {
    const { ms } = JSON.parse(readFileSync(join(dataDir, FILE), "utf8")) as { ms?: unknown };
    return typeof ms === "number" && Number.isFinite(ms) && ms > 0 ? ms : undefined;
  } catch {
    return undefined; // none yet, or unreadable: the message says so rather than guess
  }
}

export function writeLastStart(dataDir: string, ms: number): void {
  writeFileSync(join(dataDir, FILE), JSON.stringify({ ms: Math.round(ms), at: new Date().toISOString() }));
}

/** What a process that must start the embedded Neo4j says before it starts: what, why, and for how long. */
export function startingMessage(dataDir: string, lastStartMs: number | undefined): string {
  const why = `neo4j: no Neo4j running for ${dataDir} and NEO4J_URI unset: starting the embedded one (a JVM)`;
  if (lastStartMs === undefined) return `${why}; no earlier start recorded here to estimate from: often a minute on a busy machine`;
  return `${why}, about ${Math.max(1, Math.round(lastStartMs / 1000))} s (the last start here)`;
}
