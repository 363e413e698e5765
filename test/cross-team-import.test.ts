import { fromTeam, teamReport } from "@rolegraph/rules";
import { afterAll, describe, expect, it } from "vitest";
import { statement } from "../apps/api/src/db/cypher/statement.ts";
import { readFileSync } from "node:fs";
import { deleteTeam, exportTeam } from "../apps/api/src/db/team-store.ts";
import { orgSeedFiles } from "../apps/api/src/seed.ts";
import { gapReport } from "../apps/api/src/services/gaps.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testDb, uniqueTeamId } from "./helpers.ts";
import { parsedTeams } from "./parsed-teams.ts";

/**
 * Teams imported in any order (shared/spec/integration.md): a reference to a team or an
 * artifact not in the graph is stored and resolves when the other side arrives, without
 * re-importing the referencing team; removing what others consume succeeds and lists them.
 */
const db = testDb();
const { team, cleanup } = parsedTeams(db);
afterAll(async () => {
  await cleanup();
  await db.close();
});
const producer = (a: string, artifact = "weekly-metrics") => team(`version: 1
team: { id: ${a}, name: Data }
roles:
  - id: analyst
    name: Analyst
    produces: [{ artifact: ${artifact}, cadence: weekly }]
artifacts:
  - { id: ${artifact}, name: Weekly metrics, published: true }
`);
const consumer = (b: string, a: string) => team(`version: 1
team: { id: ${b}, name: Growth }
roles:
  - id: growth-pm
    name: Growth PM
    consumes: [{ artifact: ${a}/weekly-metrics, cadence: weekly, stage: decide }]
    produces: [{ artifact: growth-plan }]
artifacts:
  - { id: growth-plan, name: Growth plan, derivedFrom: [${a}/weekly-metrics] }
agents:
  - { id: scout, name: Scout, role: growth-pm, inputs: [${a}/weekly-metrics], outputs: [growth-plan] }
contracts:
  - { id: plan-to-data, from: growth-pm, to: ${a}/analyst, boundary: { from: decide, to: build }, carries: [growth-plan] }
`);

/** Where B's references point: for each relationship type, the target's labels and team. */
async function targetsOf(b: string) {
  return db.run<{ type: string; label: string; team: string; id: string }>(statement(
    `MATCH (n {team: $b})-[r]->(m) WHERE m.team <> $b
     RETURN type(r) AS type, labels(m)[0] AS label, m.team AS team, m.id AS id ORDER BY type`, { b }));
}
const placeholders = (a: string) =>
  db.run<{ id: string; kind: string }>(statement("MATCH (u:Unresolved {team: $a}) RETURN u.id AS id, u.kind AS kind ORDER BY kind, id", { a }));

describe("cross-team references in the graph", () => {
  it("A then B: B's references go straight to A's nodes", async () => {
    const [a, b] = [uniqueTeamId("data"), uniqueTeamId("growth")];
    await importTeam(db, producer(a));
    const result = await importTeam(db, consumer(b, a));
    expect(result.brokenDependents).toEqual([]);
    expect(await targetsOf(b)).toEqual([
      { type: "CONSUMES", label: "Artifact", team: a, id: "weekly-metrics" },
      { type: "DERIVED_FROM", label: "Artifact", team: a, id: "weekly-metrics" },
      { type: "READS", label: "Artifact", team: a, id: "weekly-metrics" },
      { type: "TO", label: "Role", team: a, id: "analyst" },
    ]);
    expect(await placeholders(a)).toEqual([]);
  });

  it("B then A: B waits on placeholders, which A's import resolves without B being imported again", async () => {
    const [a, b] = [uniqueTeamId("data"), uniqueTeamId("growth")];
    const doc = consumer(b, a);
    await importTeam(db, doc);
    expect((await targetsOf(b)).map((t) => `${t.type} ${t.label}`)).toEqual(["CONSUMES Unresolved", "DERIVED_FROM Unresolved", "READS Unresolved", "TO Unresolved"]);
    expect(await placeholders(a)).toEqual([{ id: "weekly-metrics", kind: "Artifact" }, { id: "analyst", kind: "Role" }]);
    // B's export says what its document said, qualified references and all.
    expect((await exportTeam(db, b))?.roles?.[0]?.consumes?.[0]?.artifact).toBe(`${a}/weekly-metrics`);

    await importTeam(db, producer(a));
    expect((await targetsOf(b)).map((t) => `${t.type} ${t.label} ${t.team}`)).toEqual([
      `CONSUMES Artifact ${a}`, `DERIVED_FROM Artifact ${a}`, `READS Artifact ${a}`, `TO Role ${a}`,
    ]);
    expect(await placeholders(a)).toEqual([]);
    // The relationships kept their properties, so B's document and the graph still agree.
    expect((await importTeam(db, doc)).changed).toBe(false);
  });

  it("an import removing what another team consumes succeeds, lists the broken flows, and the reference waits", async () => {
    const [a, b] = [uniqueTeamId("data"), uniqueTeamId("growth")];
    await importTeam(db, producer(a));
    await importTeam(db, consumer(b, a));

    const dry = await importTeam(db, producer(a, "metrics-v2"), { dryRun: true });
    expect(dry.brokenDependents.map((d) => `${d.team} ${d.type} ${d.sourceLabel} ${d.source}`).sort()).toEqual([
      `${b} CONSUMES Role growth-pm`, `${b} DERIVED_FROM Artifact growth-plan`, `${b} READS Agent scout`,
    ]);
    expect(await placeholders(a)).toEqual([]); // a dry run moves nothing

    const renamed = await importTeam(db, producer(a, "metrics-v2"));
    const flow = renamed.brokenDependents.find((d) => d.type === "CONSUMES");
    expect(flow).toMatchObject({ team: b, source: "growth-pm", cadence: "weekly", stage: "decide", target: { team: a, id: "weekly-metrics", name: "Weekly metrics" } });
    expect(flow?.sourceRow).toMatchObject({ team: b, id: "growth-pm", name: "Growth PM" });
    expect(await placeholders(a)).toEqual([{ id: "weekly-metrics", kind: "Artifact" }]);
    expect((await targetsOf(b)).filter((t) => t.label === "Unresolved").map((t) => t.type)).toEqual(["CONSUMES", "DERIVED_FROM", "READS"]);

    // Renamed back: the waiting references find it again.
    await importTeam(db, producer(a));
    expect((await targetsOf(b)).every((t) => t.label !== "Unresolved")).toBe(true);
    expect(await placeholders(a)).toEqual([]);
  });

  it("deleting a team leaves the others' references unresolved, not dangling, and its return resolves them", async () => {
    const [a, b] = [uniqueTeamId("data"), uniqueTeamId("growth")];
    await importTeam(db, producer(a));
    const doc = consumer(b, a);
    await importTeam(db, doc);

    const preview = await deleteTeam(db, a, false);
    expect(preview.brokenDependents).toHaveLength(4);
    const gone = await deleteTeam(db, a, true);
    expect(gone.deleted).toBe(true);
    expect(gone.brokenDependents.map((d) => d.type).sort()).toEqual(["CONSUMES", "DERIVED_FROM", "READS", "TO"]);
    expect((await targetsOf(b)).map((t) => t.label)).toEqual(["Unresolved", "Unresolved", "Unresolved", "Unresolved"]);
    expect((await importTeam(db, doc)).changed).toBe(false);

    await importTeam(db, producer(a));
    expect((await targetsOf(b)).map((t) => t.label)).toEqual(["Artifact", "Artifact", "Artifact", "Role"]);

    // Deleting the referencing team takes its placeholders with it.
    await deleteTeam(db, a, true);
    await deleteTeam(db, b, true);
    expect(await placeholders(a)).toEqual([]);
  });

  it("the stored gap report sees qualified references as the document does, resolved or not", async () => {
    const [a, b] = [uniqueTeamId("data"), uniqueTeamId("growth")];
    const doc = consumer(b, a);
    await importTeam(db, doc);
    const asOf = new Date("2026-12-01T00:00:00Z");
    const brief = (findings: { rule: string; subjectId: string }[]) => findings.map((f) => `${f.rule} ${f.subjectId}`).sort();
    const linted = brief(teamReport(fromTeam(doc), { asOf }).findings);
    // Stored, the team is seen from the organisation: what it names in a team not yet imported
    // is an unresolved reference (once each), which the file checked alone cannot know.
    expect(brief((await gapReport(db, b, { asOf }))?.findings ?? [])).toEqual([...linted, `unresolved-reference ${a}/analyst`, `unresolved-reference ${a}/weekly-metrics`].sort());
    await importTeam(db, producer(a));
    // Resolved: the references are gone, and the weekly metrics cross from the data team's
    // analyst to the growth PM with no contract carrying them (the one contract runs the other way).
    expect(brief((await gapReport(db, b, { asOf }))?.findings ?? [])).toEqual([...linted, `uncontracted-cross-team-flow ${a}/weekly-metrics`].sort());
  });

  it("the example organisation, imported last team first, resolves all but the planted reference to a team not in the graph", async () => {
    const teams = orgSeedFiles().map((file) => team(readFileSync(file, "utf8")));
    expect(teams.map((t) => t.team.id)).toEqual(["customer-support", "data-platform", "growth"]);
    for (const t of [...teams].reverse()) await importTeam(db, t);
    const unresolved = await db.run<{ ref: string }>(statement(
      `MATCH (n)-[]->(u:Unresolved) WHERE n.team IN $teams RETURN DISTINCT u.team + "/" + u.id AS ref`, { teams: teams.map((t) => t.team.id) }));
    expect(unresolved.map((u) => u.ref)).toEqual(["billing/invoice-disputes"]);
    const flows = await db.run<{ n: number }>(statement(
      `MATCH (r:Role)-[:CONSUMES]->(a:Artifact) WHERE r.team IN $teams AND a.team IN $teams AND r.team <> a.team RETURN count(*) AS n`, { teams: teams.map((t) => t.team.id) }));
    expect(flows[0]?.n).toBe(4);
  });

  it("two teams referencing each other, imported side by side, end up resolved", async () => {
    const [a, b] = [uniqueTeamId("data"), uniqueTeamId("growth")];
    const both = team(`version: 1
team: { id: ${a}, name: Data }
roles:
  - id: analyst
    name: Analyst
    consumes: [{ artifact: ${b}/growth-plan }]
    produces: [{ artifact: weekly-metrics }]
artifacts:
  - { id: weekly-metrics, name: Weekly metrics, published: true }
`);
    await Promise.all([importTeam(db, both), importTeam(db, consumer(b, a))]);
    expect((await targetsOf(b)).map((t) => t.label)).toEqual(["Artifact", "Artifact", "Artifact", "Role"]);
    expect((await targetsOf(a)).map((t) => `${t.label} ${t.id}`)).toEqual(["Artifact growth-plan"]);
  });
});
