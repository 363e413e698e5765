import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Which embedded Neo4j serves a data directory. Neo4j locks its store, so a second process
 * (the CLI while `npm start` runs) cannot start its own on the same directory: it reads this
 * record and connects to the running one instead.
 */
export interface RunningRecord {
  uri: string;
  pid: number;
}

const FILE = "rolegraph-running.json";

export function readRunning(dataDir: string): RunningRecord | undefined {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) return undefined;
  try {
    const record = JSON.parse(readFileSync(path, "utf8")) as Partial<RunningRecord>;
    if (typeof record.uri !== "string" || typeof record.pid !== "number") return undefined;
    return isOurNeo4j(record.pid) ? { uri: record.uri, pid: record.pid } : undefined;
  } catch {
    return undefined; // unreadable: start as if none were running; the store lock still protects the data
  }
}

export function writeRunning(dataDir: string, record: RunningRecord): void {
  writeFileSync(join(dataDir, FILE), JSON.stringify(record));
}

export function clearRunning(dataDir: string, pid: number): void {
  if (readRunningRaw(dataDir)?.pid === pid) rmSync(join(dataDir, FILE), { force: true });
}

function readRunningRaw(dataDir: string): Partial<RunningRecord> | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, FILE), "utf8")) as Partial<RunningRecord>;
  } catch {
    return undefined;
  }
}

/** Alive, and (where /proc tells) still our launcher: a crashed server's pid may be reused. */
function isOurNeo4j(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return existsSync(cmdline) ? readFileSync(cmdline, "utf8").includes("dev.rolegraph.Launcher") : true;
}
