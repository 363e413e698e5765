import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let owned: string | undefined;

/**
 * The run's own temporary directory: TMPDIR points into it for every test worker and every
 * process a test starts (CLI runs, Neo4j), and teardown removes it whole, so `npm test` leaves
 * no rolegraph-* folders in the system's temporary directory, even from a test that forgot to
 * clean up or was interrupted mid-way. Each project loads this file; the first one creates the
 * directory and removes it, the others find it in the environment.
 */
export function setup(): void {
  if (process.env.ROLEGRAPH_TEST_TMPDIR) return;
  owned = mkdtempSync(join(tmpdir(), "rolegraph-test-run-"));
  process.env.ROLEGRAPH_TEST_TMPDIR = owned;
  process.env.TMPDIR = owned;
}

export function teardown(): void {
  if (owned) rmSync(owned, { recursive: true, force: true });
}
