import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { ROOT, testDb, uniqueTeamId } from "./helpers.ts";

const BIN = join(ROOT, "apps", "api", "bin", "rolegraph.js");
const dir = mkdtempSync(join(tmpdir(), "rolegraph-cli-org-"));
const db = testDb();
const teams: string[] = [];
afterAll(async () => {
  for (const team of teams) await deleteTeam(db, team, true);
  await db.close();
});

function rolegraph(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
function file(name: string, text: string): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, text);
  return path;
}

describe("rolegraph import across teams", () => {
  it("validates qualified references for form, prints what an import breaks in other teams, and --fail-on fails on it", () => {
    const [a, b] = [uniqueTeamId("data"), uniqueTeamId("growth")];
    teams.push(a, b);
    const producer = (artifact: string) => file(`${a}-${artifact}`, `version: 1
team: { id: ${a}, name: Data }
roles: [{ id: analyst, name: Analyst, produces: [{ artifact: ${artifact} }] }]
artifacts: [{ id: ${artifact}, name: Metrics, published: true }]
`);
    const consumer = file(b, `version: 1
team: { id: ${b}, name: Growth }
roles: [{ id: growth-pm, name: Growth PM, consumes: [{ artifact: ${a}/metrics, cadence: weekly }] }]
artifacts: []
`);
    const valid = rolegraph(["validate", consumer]);
    expect(valid.code).toBe(0);
    expect(valid.out).toContain(`1 reference to other teams (${a}), checked for form only`);

    expect(rolegraph(["import", consumer]).code).toBe(0); // before its source: accepted
    expect(rolegraph(["import", producer("metrics")]).code).toBe(0);

    const renamed = rolegraph(["import", producer("metrics-v2"), "--dry-run"]);
    expect(renamed.code).toBe(0);
    expect(renamed.out).toContain(`  would break ${b}: role growth-pm consumes ${a}/metrics (weekly)`);

    const failing = rolegraph(["import", producer("metrics-v2"), "--fail-on", "broken-dependents"]);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain(`  breaks ${b}: role growth-pm consumes ${a}/metrics (weekly)`);
    expect(failing.err).toContain("1 reference of other teams lost their source");

    expect(rolegraph(["import", producer("metrics"), "--fail-on", "nonsense"]).code).toBe(2);
  });
});
