import { parseTeamDocument, type Team } from "@rolegraph/schema";
import { afterAll, describe, expect, it } from "vitest";
import { deleteTeam, exportTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam, importTeams } from "../apps/api/src/services/import.ts";
import { testDb, uniqueTeamId } from "./helpers.ts";

const db = testDb();
afterAll(() => db.close());

function team(id: string, extra = ""): Team {
  const text = `
version: 1
team: { id: ${id}, name: Tiny team }
roles:
  - id: pm
    name: PM
    engagement: { discover: lead, decide: lead }
    consumes: [{ artifact: interviews, cadence: weekly, stage: discover }]
    produces: [{ artifact: brief, cadence: per-cycle, stage: discover }]
  - id: architect
    name: Architect
    engagement: { decide: lead }
    consumes: [{ artifact: brief, cadence: per-cycle, stage: decide }]
${extra}
artifacts:
  - { id: interviews, name: Interviews, format: notes, external: true }
  - { id: brief, name: Brief, format: markdown, derivedFrom: [interviews] }
contracts:
  - id: pm-to-architect
    from: pm
    to: architect
    boundary: { from: discover, to: decide }
    carries: [brief]
    requires: [{ field: evidence, type: list }]
    gates: [{ id: evidence, text: 3+ data points, check: { field: evidence, minItems: 3 } }]
    sla: { acknowledgeWithinHours: 24 }
`;
  const parsed = parseTeamDocument(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.team;
}

async function counts(teamId: string) {
  const [row] = await db.query<{ nodes: number; rels: number }>(
    // The team's graph; its versions (history, not structure) are counted by history.test.ts.
    `MATCH (n {team: $team}) WHERE NOT n:TeamVersion OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels`, { team: teamId });
  return row;
}

describe("team store against a real Neo4j", () => {
  it("imports a team as nodes and relationships, keyed by team", async () => {
    const id = uniqueTeamId("tiny");
    const result = await importTeam(db, team(id));
    // 1 team + 6 stages + 2 roles + 2 artifacts + 1 contract + 1 requirement + 1 gate
    expect(result.nodes).toEqual({ created: 14, updated: 0, deleted: 0 });
    // 5 NEXT + 3 ENGAGED_IN + 3 flows + 1 DERIVED_FROM + FROM, TO, FROM_STAGE, TO_STAGE, CARRIES, REQUIRES, HAS_GATE
    expect(result.relationships).toEqual({ created: 19, updated: 0, deleted: 0 });
    expect(await counts(id)).toEqual({ nodes: 14, rels: 19 });
  });

  it("re-importing the same document changes nothing, and says so", async () => {
    const id = uniqueTeamId("tiny");
    await importTeam(db, team(id));
    const again = await importTeam(db, team(id));
    expect(again).toMatchObject({ changed: false, created: 0, updated: 0, deleted: 0 });
  });

  it("an edited document makes the graph equal to it; a dry run writes nothing", async () => {
    const id = uniqueTeamId("tiny");
    await importTeam(db, team(id));
    const edited = team(id, "  - { id: qa, name: QA, engagement: { test: lead } }");
    edited.contracts = [];
    const dry = await importTeam(db, edited, { dryRun: true });
    expect(dry.nodes).toEqual({ created: 1, updated: 0, deleted: 3 });
    expect(await counts(id)).toEqual({ nodes: 14, rels: 19 });
    const wet = await importTeam(db, edited);
    expect(wet.nodes).toEqual(dry.nodes);
    expect(wet.relationships).toEqual({ created: 1, updated: 0, deleted: 7 });
    expect(await counts(id)).toEqual({ nodes: 12, rels: 13 });
  });

  it("a changed property updates the node or relationship in place, and the export shows it", async () => {
    const id = uniqueTeamId("tiny");
    await importTeam(db, team(id));
    const edited = team(id);
    const [pm] = edited.roles;
    const [flow] = pm?.consumes ?? [];
    if (!pm || !flow) throw new Error("fixture changed");
    pm.name = "Product manager";
    flow.cadence = "monthly";
    const result = await importTeam(db, edited);
    expect(result.nodes).toEqual({ created: 0, updated: 1, deleted: 0 });
    expect(result.relationships).toEqual({ created: 0, updated: 1, deleted: 0 });
    expect(await counts(id)).toEqual({ nodes: 14, rels: 19 });
    const reparsed = parseTeamDocument(JSON.stringify(await exportTeam(db, id)));
    expect(reparsed.ok && reparsed.team).toEqual(edited);
    expect(await importTeam(db, edited)).toMatchObject({ changed: false });
  });

  it("exports the graph back to the same team", async () => {
    const id = uniqueTeamId("tiny");
    const original = team(id);
    await importTeam(db, original);
    const exported = await exportTeam(db, id);
    const reparsed = parseTeamDocument(JSON.stringify(exported));
    expect(reparsed.ok && reparsed.team).toEqual(original);
  });

  it("importTeams imports several teams two at a time, each whole, and refuses one team given twice", async () => {
    const ids = [uniqueTeamId("many"), uniqueTeamId("many"), uniqueTeamId("many")];
    const outcomes = await importTeams(db, ids.map((id) => team(id)), { jobs: 2 });
    expect(outcomes.map((o) => (o instanceof Error ? o.message : o.teamId))).toEqual(ids);
    for (const id of ids) expect(await exportTeam(db, id)).toEqual(team(id));
    const again = await importTeams(db, ids.map((id) => team(id)));
    expect(again.map((o) => !(o instanceof Error) && o.changed)).toEqual([false, false, false]);
    await expect(importTeams(db, [team(ids[0] ?? ""), team(ids[0] ?? "")])).rejects.toThrow(`team '${ids[0]}' is given twice`);
    for (const id of ids) await deleteTeam(db, id, true);
  });

  it("deleteTeam reports its blast radius without confirm and deletes with it", async () => {
    const id = uniqueTeamId("tiny");
    await importTeam(db, team(id));
    // 14 nodes of the team's graph and its one version.
    expect(await deleteTeam(db, id, false)).toEqual({ deleted: false, nodes: 15, relationships: 19, versions: 1, brokenDependents: [] });
    expect(await counts(id)).toEqual({ nodes: 14, rels: 19 });
    expect(await deleteTeam(db, id, true)).toEqual({ deleted: true, nodes: 15, relationships: 19, versions: 1, brokenDependents: [] });
    expect(await counts(id)).toEqual({ nodes: 0, rels: 0 });
  });
});
