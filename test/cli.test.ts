import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseTeamDocument } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { ROOT, uniqueTeamId } from "./helpers.ts";

const BIN = join(ROOT, "apps", "api", "bin", "rolegraph.js");
const dir = mkdtempSync(join(tmpdir(), "rolegraph-cli-"));

function rolegraph(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent", ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function startupCopy(id: string): string {
  const file = join(dir, `${id}.yaml`);
  const text = readFileSync(join(ROOT, "seed", "examples", "startup-team.yaml"), "utf8").replace(/^ {2}id: [a-z0-9-]+$/m, `  id: ${id}`);
  writeFileSync(file, text);
  return file;
}

describe("rolegraph CLI", () => {
  it("validates a good file (0) and reports a bad one as FILE:LINE:COL path: message (1)", () => {
    const good = rolegraph(["validate", join(ROOT, "seed", "dpos-data-team.yaml")]);
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/valid team 'dpos-data-team': 9 roles, 32 artifacts, 9 agents, 3 workflows, 6 contracts/);
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "version: 1\nteam: { id: t, name: T }\nroles:\n  - id: pm\n    name: PM\n    consumes: [{ artifact: nope }]\nartifacts: []\n");
    const result = rolegraph(["validate", bad]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${bad}:6:28 roles[0].consumes[0].artifact: unknown artifact 'nope'`);
  });

  it("imports, re-imports as unchanged, exports a file that round-trips, and lists teams", () => {
    const id = uniqueTeamId("cli");
    const file = startupCopy(id);
    const first = rolegraph(["import", file]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(new RegExp(`^${id}: changed: created \\d+, updated 0, deleted 0`));
    const dry = rolegraph(["import", file, "--dry-run"]);
    expect(dry.out).toContain(`${id}: unchanged`);
    const out = join(dir, "exported.yaml");
    expect(rolegraph(["export", id, "-o", out]).code).toBe(0);
    const original = parseTeamDocument(readFileSync(file, "utf8"));
    const exported = parseTeamDocument(readFileSync(out, "utf8"));
    expect(exported.ok && exported.team).toEqual(original.ok && original.team);
    expect(rolegraph(["teams"]).out).toContain(id);
  });

  it("imports several files at once, and none when one of them is invalid", () => {
    const [a, b] = [uniqueTeamId("cli-many"), uniqueTeamId("cli-many")];
    const files = [startupCopy(a), startupCopy(b)];
    const bad = join(dir, "bad-many.yaml");
    writeFileSync(bad, "version: 1\nteam: { id: t, name: T }\nroles: []\nartifacts: [{ id: x }]\n");
    const refused = rolegraph(["import", ...files, bad]);
    expect(refused.code).toBe(1);
    expect(rolegraph(["teams"]).out).not.toContain(a);
    const both = rolegraph(["import", ...files, "--jobs", "2"]);
    expect(both.code).toBe(0);
    expect(both.out).toMatch(new RegExp(`^${a}: changed: created \\d+.*\n${b}: changed: created \\d+`, "s"));
    expect(rolegraph(["import", ...files, "--jobs", "0"]).code).toBe(2);
  });

  it("says usage errors and connection errors with exit code 2", () => {
    expect(rolegraph(["frobnicate"]).code).toBe(2);
    expect(rolegraph(["import"]).code).toBe(2);
    expect(rolegraph(["import", "x.yaml", "--force"]).err).toContain("unknown option '--force'");
    const down = rolegraph(["teams"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(down.code).toBe(2);
    expect(down.err).toMatch(/cannot reach Neo4j at bolt:\/\/127.0.0.1:1/);
  });
});
