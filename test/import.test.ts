import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTeamDocument } from "@rolegraph/schema";
import { afterAll, describe, expect, it } from "vitest";
import { exportTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, ROOT, testDb, uniqueTeamId } from "./helpers.ts";

const db = testDb();
const { gql } = testApp(db);
afterAll(() => db.close());

const EXAMPLES = ["seed/dpos-data-team.yaml", ...readdirSync(join(ROOT, "seed", "examples")).filter((f) => f.endsWith(".yaml")).map((f) => `seed/examples/${f}`)];

async function graphCounts(team: string) {
  const [row] = await db.query<{ nodes: number; rels: number }>(
    // The team's graph; its versions (history, not structure) are counted by history.test.ts.
    "MATCH (n {team: $team}) WHERE NOT n:TeamVersion OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels", { team });
  return row;
}

describe.each(EXAMPLES)("example %s", (file) => {
  it("validates, imports, re-imports with no change, and round-trips through export", async () => {
    const id = uniqueTeamId("example");
    const team = loadTeam(file, id);
    const first = await importTeam(db, team);
    expect(first.changed).toBe(true);
    expect(first.deleted).toBe(0);
    // Every entity is a node: team, stages, roles, artifacts, agents, workflows, steps, contracts, requirements, gates.
    const expectedNodes = 1 + team.stages.length + team.roles.length + team.artifacts.length + team.agents.length + team.workflows.length +
      team.workflows.reduce((n, w) => n + w.steps.length, 0) + team.contracts.length +
      team.contracts.reduce((n, c) => n + c.requires.length + c.gates.length, 0);
    expect(first.nodes.created).toBe(expectedNodes);
    expect((await graphCounts(id))?.nodes).toBe(expectedNodes);
    expect((await graphCounts(id))?.rels).toBe(first.relationships.created);

    const again = await importTeam(db, team);
    expect(again).toMatchObject({ changed: false, created: 0, updated: 0, deleted: 0 });

    const exported = await exportTeam(db, id);
    const reparsed = parseTeamDocument(JSON.stringify(exported));
    expect(reparsed.ok && reparsed.team).toEqual(team);
  });
});

describe("importTeam through GraphQL", () => {
  const dpos = readFileSync(join(ROOT, "seed", "dpos-data-team.yaml"), "utf8");
  const withId = (text: string, id: string) => text.replace(/^ {2}id: dpos-data-team$/m, `  id: ${id}`);
  const mutation = `mutation($doc: String!, $dry: Boolean) { importTeam(document: $doc, dryRun: $dry) {
    teamId created updated deleted changed dryRun errors { path message line column } } }`;
  type Result = { importTeam: { teamId: string | null; created: number; updated: number; deleted: number; changed: boolean; errors: { path: string; message: string; line: number | null; column: number | null }[] } };

  it("imports, then says an unchanged re-import changed nothing", async () => {
    const id = uniqueTeamId("gql");
    const first = await gql<Result>(mutation, { doc: withId(dpos, id) });
    expect(first.data?.importTeam).toMatchObject({ teamId: id, changed: true, updated: 0, deleted: 0, errors: [] });
    const second = await gql<Result>(mutation, { doc: withId(dpos, id) });
    expect(second.data?.importTeam).toMatchObject({ changed: false, created: 0, updated: 0, deleted: 0 });
  });

  const mutations: [string, (text: string) => string, { path: string; message: RegExp; line: number }][] = [
    ["a dangling reference", (t) => t.replace("{ artifact: technical-constraints,", "{ artifact: technical-constraint,"),
      { path: "roles[0].consumes[1].artifact", message: /unknown artifact 'technical-constraint' \(did you mean 'technical-constraints'\?\)/, line: 0 }],
    ["a duplicate id", (t) => t.replace("  - id: market-scanner\n", "  - id: stakeholder-synthesizer\n"),
      { path: "agents[1].id", message: /duplicate agent id 'stakeholder-synthesizer' \(first at agents\[0\]\)/, line: 0 }],
    ["a wrong enum", (t) => t.replace("cadence: quarterly", "cadence: yearly"),
      { path: "roles[0].consumes[0].cadence", message: /expected one of/, line: 0 }],
    ["an unknown field", (t) => t.replace("    purpose:", "    purpse:"),
      { path: "roles[0]", message: /unknown field 'purpse'/, line: 0 }],
    ["broken YAML", (t) => t.replace("roles:\n", "roles:\n  - id: [unclosed\n"),
      { path: "", message: /^YAML: /, line: 0 }],
  ];
  it.each(mutations)("rejects %s with the path and line, and writes nothing", async (_name, mutate, expected) => {
    const id = uniqueTeamId("bad");
    await gql<Result>(mutation, { doc: withId(dpos, id) });
    const before = await exportTeam(db, id);
    const broken = mutate(withId(dpos, id));
    expect(broken).not.toBe(withId(dpos, id));
    const result = await gql<Result>(mutation, { doc: broken });
    const [error] = result.data?.importTeam.errors ?? [];
    expect(result.data?.importTeam.changed).toBe(false);
    expect(error?.path).toBe(expected.path);
    expect(error?.message).toMatch(expected.message);
    expect(error?.line).toBeGreaterThan(expected.line);
    expect(await exportTeam(db, id)).toEqual(before);
  });
});
