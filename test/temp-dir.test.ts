import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm test` leaves nothing in the system's temporary directory: every temporary folder a test
// or a process it starts makes lands in the run's own directory, removed at the end (test/temp-setup.ts).
describe("the test run's temporary directory", () => {
  it("is the run's own, so its teardown removes everything made in it", () => {
    const run = process.env.ROLEGRAPH_TEST_TMPDIR;
    expect(run).toMatch(/rolegraph-test-run-/);
    expect(tmpdir()).toBe(run);
    expect(mkdtempSync(join(tmpdir(), "rolegraph-probe-")).startsWith(`${run}/`)).toBe(true);
  });
});
