import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../../apps/api/src/cli/command.ts";
import { lintCommand } from "../../apps/api/src/cli/commands/lint.ts";
import { reportCommand } from "../../apps/api/src/cli/commands/report.ts";
import { parseEnv } from "../../apps/api/src/env.ts";
import { ROOT } from "../helpers.ts";
import { db } from "./fixture.ts";

const STARTUP = join(ROOT, "seed/examples/startup-team.yaml");
const DPOS = join(ROOT, "seed/dpos-data-team.yaml");
const config = parseEnv({});

/** Runs a command as main() does, against the test database, capturing what it prints. */
async function run(command: typeof lintCommand, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { config, out: (t) => out.push(t), err: (t) => err.push(t), connect: async () => ({ db, close: async () => {} }) };
  const code = await command.run(args, io);
  return { code, out: out.join(""), err: err.join("\n") };
}

describe("rolegraph lint", () => {
  it("exits 1 when a finding at or above --fail-on exists (default error), 0 otherwise", async () => {
    const startup = await run(lintCommand, [STARTUP]);
    expect(startup.code).toBe(1);
    expect(startup.out).toContain("# Coordination gaps: startup-team");
    expect(startup.err).toContain("startup-team: score 49/100; 3 errors, 4 warnings, 0 infos; translation debt 14");
    expect((await run(lintCommand, [DPOS])).code).toBe(0);
    const strict = await run(lintCommand, [DPOS, "--fail-on", "warning"]);
    expect(strict.code).toBe(1);
    // The threshold is why it fails, and it says so.
    expect(strict.err).toMatch(/exit 1: \d+ findings? at or above --fail-on warning$/);
    expect(startup.err).toContain("exit 1: 3 findings at or above --fail-on error (the default)");
    expect((await run(lintCommand, [DPOS, "--fail-on=info", "--min-severity", "error", "--format", "json"])).code).toBe(1);
  });

  it("never touches the database: it neither connects nor writes", async () => {
    const out: string[] = [];
    const noDb: CommandIo = { config, out: (t) => out.push(t), err: () => {}, connect: () => Promise.reject(new Error("must not connect")) };
    expect(await lintCommand.run([STARTUP, "--format", "json"], noDb)).toBe(1);
    expect(JSON.parse(out.join("")).findings).toHaveLength(7);
  });

  it("writes SARIF to -o with the file as the location", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "rolegraph-lint-")), "gaps.sarif");
    expect((await run(lintCommand, [STARTUP, "--format", "sarif", "-o", file])).code).toBe(1);
    const sarif = JSON.parse(readFileSync(file, "utf8"));
    expect(sarif.runs[0].results).toHaveLength(7);
    // Relative to the working directory (the repository root in CI), as code scanning resolves it.
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("seed/examples/startup-team.yaml");
  });

  it("exits 1 for an invalid file and 2 for bad options, before touching the database", async () => {
    const bad = join(mkdtempSync(join(tmpdir(), "rolegraph-lint-")), "bad.yaml");
    writeFileSync(bad, "version: 1\nteam: { id: x }\n");
    const noDb: CommandIo = { config, out: () => {}, err: () => {}, connect: () => Promise.reject(new Error("must not connect")) };
    expect(await lintCommand.run([bad], noDb)).toBe(1);
    await expect(lintCommand.run([STARTUP, "--format", "pdf"], noDb)).rejects.toThrow("--format must be one of md, json, sarif, html, not 'pdf'");
    await expect(lintCommand.run([STARTUP, "--as-of", "someday"], noDb)).rejects.toThrow("--as-of must be a date");
    await expect(lintCommand.run([STARTUP, "--fail-on", "fatal"], noDb)).rejects.toThrow("--fail-on must be one of info, warning, error");
  });

  it("the installed binary keeps the exit codes: 1 for gaps, 2 for usage", () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "apps/api/bin/rolegraph.js"), ...args], { encoding: "utf8", env: process.env });
    const gaps = cli("lint", STARTUP, "--format", "json");
    expect(gaps.status).toBe(1);
    expect(JSON.parse(gaps.stdout).findings).toHaveLength(7);
    expect(cli("lint", STARTUP, "--min-severity", "loud").status).toBe(2);
    expect(cli("report").status).toBe(2);
  });

  it("lints a file with Neo4j unreachable: NEO4J_URI at a closed port, so connecting would fail", () => {
    const env = { ...process.env, NEO4J_URI: "bolt://127.0.0.1:9" };
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "apps/api/bin/rolegraph.js"), ...args], { encoding: "utf8", env });
    const gaps = cli("lint", STARTUP, "--format", "json");
    expect(gaps.stderr).toContain("startup-team: score 49/100; 3 errors, 4 warnings, 0 infos");
    expect(gaps.status).toBe(1);
    expect(JSON.parse(gaps.stdout).findings).toHaveLength(7);
    // The same environment does stop a command that needs the graph: the port really is closed.
    const report = cli("report", "startup-team");
    expect(report.status).toBe(2);
    expect(report.stderr).toContain("cannot reach Neo4j at bolt://127.0.0.1:9");
  });
});

describe("rolegraph report", () => {
  it("exits 2 for a team that is not in the graph", async () => {
    const result = await run(reportCommand, ["no-such-team"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("no team 'no-such-team' in the graph");
  });
});
