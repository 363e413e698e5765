import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

// Issue 20: a command that reads files only must never start the embedded Neo4j (a JVM), and
// one that needs the graph says so before the wait. No NEO4J_URI, an existing data directory
// with no server, and `java`, `javac` and `mvn` on PATH replaced by stand-ins that record
// their call and fail: any attempt to launch Neo4j leaves a trace in CALLS.
const BIN = join(ROOT, "apps", "api", "bin", "rolegraph.js");
const dir = mkdtempSync(join(tmpdir(), "rolegraph-no-jvm-"));
const fakeBin = join(dir, "bin");
const CALLS = join(dir, "calls.log");
const DATA = join(dir, "data");
mkdirSync(fakeBin);
mkdirSync(DATA);
for (const tool of ["java", "javac", "mvn"]) {
  writeFileSync(join(fakeBin, tool), `#!/bin/sh\necho "${tool} $*" >> '${CALLS}'\nexit 1\n`);
  chmodSync(join(fakeBin, tool), 0o755);
}
const { NEO4J_URI: _uri, ...inherited } = process.env;
const env = { ...inherited, PATH: `${fakeBin}${delimiter}${process.env.PATH ?? ""}`, NEO4J_DATA_DIR: DATA, LOG_LEVEL: "silent" };
const rolegraph = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env, cwd: ROOT });
const calls = () => (existsSync(CALLS) ? readFileSync(CALLS, "utf8") : "");

describe("CLI commands that read files only", () => {
  it.each([
    ["validate", ["validate", "seed/dpos-data-team.yaml"]],
    ["lint --offline (a file with cross-team references)", ["lint", "--offline", "seed/examples/org/growth.yaml"]],
    ["diff OLD.yaml NEW.yaml", ["diff", "seed/examples/startup-team.yaml", "seed/examples/changes/startup-team-pr.yaml"]],
  ])("%s finishes without launching Neo4j", (_name, args) => {
    const run = rolegraph(args);
    expect(run.status, run.stderr).not.toBe(2);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(/neo4j:/);
    expect(calls()).toBe("");
  });
});

describe("a CLI command that needs the graph, with no server running", () => {
  // The control: the same set-up does catch a launch, so the tests above can fail.
  it("says it is starting the embedded Neo4j before it tries", () => {
    const run = rolegraph(["teams"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^neo4j: no Neo4j running for .* and NEO4J_URI unset: starting the embedded one \(a JVM\)/);
    expect(calls()).toMatch(/^java /m);
  });
});
