import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Bytes on disk under a folder: allocated blocks, so preallocated files count in full. */
function allocated(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? allocated(path) : statSync(path).blocks * 512);
  }, 0);
}

// The embedded Neo4j's transaction logs are not preallocated and rotate at 16 MB, two kept
// (tools/neo4j Launcher.java): its data folder was 519 MB for the small seed, most of it two
// preallocated 256 MB logs.
describe("the embedded Neo4j's disk use", () => {
  it.runIf(process.env.ROLEGRAPH_TEST_NEO4J_DATA_DIR)("stays small: the test run's whole data folder is under 100 MB", () => {
    const bytes = allocated(process.env.ROLEGRAPH_TEST_NEO4J_DATA_DIR ?? "");
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(100 * 1024 * 1024);
  });
});
