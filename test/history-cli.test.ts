import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { ROOT, testDb, uniqueTeamId } from "./helpers.ts";

const BIN = join(ROOT, "apps", "api", "bin", "rolegraph.js");
const dir = mkdtempSync(join(tmpdir(), "rolegraph-history-"));
const db = testDb();
const teams: string[] = [];
afterAll(async () => {
  for (const id of teams) await deleteTeam(db, id, true);
  await db.close();
});

function rolegraph(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent", ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const OLD = join(ROOT, "seed", "examples", "startup-team.yaml");
const NEW = join(ROOT, "seed", "examples", "changes", "startup-team-pr.yaml");
function copy(source: string, id: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, readFileSync(source, "utf8").replace(/^ {2}id: startup-team$/m, `  id: ${id}`));
  return file;
}

describe("rolegraph diff of two files", () => {
  it("needs no database, and fails only on what the change introduces", () => {
    // A Neo4j that cannot be there: the two-file form must never try it.
    const offline = { NEO4J_URI: "bolt://127.0.0.1:1" };
    const md = rolegraph(["diff", OLD, NEW], offline);
    expect(md.code).toBe(0);
    expect(md.out).toContain("Gap score **49 → 71** (▲ +22) · 1 finding introduced, 5 resolved · 8 changes");
    expect(md.err).toContain("score 49 -> 71; 1 introduced (0 at or above error), 5 resolved; 8 changes");
    // The old file's errors do not count: only the warning the change brings.
    expect(rolegraph(["diff", OLD, NEW, "--fail-on", "warning"], offline).code).toBe(1);
    expect(rolegraph(["diff", NEW, OLD, "--fail-on", "error"], offline).code).toBe(1);
    const json = JSON.parse(rolegraph(["diff", OLD, NEW, "--format", "json"], offline).out) as { findingsIntroduced: { rule: string }[]; scoreAfter: number };
    expect(json.findingsIntroduced.map((f) => f.rule)).toEqual(["preference-gate"]);
    const sarif = JSON.parse(rolegraph(["diff", OLD, NEW, "--format", "sarif"], offline).out) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const line = readFileSync(NEW, "utf8").split("\n").findIndex((l) => l.includes("- id: founder-to-engineer")) + 1;
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.region.startLine])).toEqual([["preference-gate", line]]);
  }, 240_000);

  it("refuses bad arguments (2) and an invalid file with its line (1)", () => {
    expect(rolegraph(["diff", OLD]).code).toBe(2);
    expect(rolegraph(["diff", OLD, NEW, "--format", "html"]).code).toBe(2);
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, readFileSync(NEW, "utf8").replace("carries: [product-spec]", "carries: [product-spek]"));
    const result = rolegraph(["diff", OLD, bad]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`${bad}:\\d+:\\d+ contracts\\[1\\]\\.carries\\[0\\]: unknown artifact 'product-spek'`));
  }, 240_000);
});

describe("rolegraph history, export --version and diff TEAM FILE", () => {
  it("list the versions, export each byte for byte, and diff the stored team against a file", () => {
    const id = uniqueTeamId("cli-history");
    teams.push(id);
    const v1 = copy(OLD, id, "v1.yaml");
    const v2 = copy(NEW, id, "v2.yaml");
    expect(rolegraph(["import", v1]).code).toBe(0);
    const preview = rolegraph(["diff", id, v2, "--fail-on", "warning"]);
    expect(preview.code).toBe(1);
    expect(preview.out).toContain(`### Rolegraph: ${id} (in the graph → ${v2})`);
    expect(preview.out).toContain("1 finding introduced, 5 resolved");
    expect(rolegraph(["import", v2]).code).toBe(0);
    expect(rolegraph(["import", v2]).out).toContain("unchanged");

    const history = rolegraph(["history", id]);
    expect(history.code).toBe(0);
    const lines = history.out.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2 {2}\d{4}-\d\d-\d\dT[\d:.]+Z {2}\S+ +\+2 -0 ~\d+$/);
    expect(lines[1]).toMatch(/^1 {2}.* \+21 -0 ~0$/);

    const exported = join(dir, "exported.yaml");
    expect(rolegraph(["export", id, "--version", "1", "-o", exported]).code).toBe(0);
    expect(readFileSync(exported)).toEqual(readFileSync(v1));
    expect(rolegraph(["export", id, "--version", "2"]).out).toBe(readFileSync(v2, "utf8"));
    expect(rolegraph(["export", id, "--version", "3"]).code).toBe(1);
    expect(rolegraph(["export", id, "--version", "x"]).code).toBe(2);
    expect(rolegraph(["diff", id, v2]).out).toContain("No change to the team's composition.");
  }, 240_000);
});
