import { parseTeamDocument, type Team } from "@rolegraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { testDb, uniqueTeamId } from "./helpers.ts";

/**
 * The API across teams (shared/spec/integration.md), on three teams: data publishes weekly
 * metrics (and keeps raw events unpublished), growth consumes both and publishes a plan
 * derived from the metrics, sales consumes the plan. Only data -> growth is contracted.
 */
const db = testDb();
const { gql } = testApp(db, { RESPONSE_CACHE_TTL_MS: "0" });
const [data, growth, sales] = [uniqueTeamId("data"), uniqueTeamId("growth"), uniqueTeamId("sales")];
const mine = new Set([data, growth, sales]);

function team(text: string): Team {
  const parsed = parseTeamDocument(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.team;
}
const documents = [
  team(`version: 1
team: { id: ${data}, name: Data }
roles:
  - { id: analyst, name: Analyst, produces: [{ artifact: weekly-metrics, stage: discover }, { artifact: raw-events }] }
artifacts:
  - { id: weekly-metrics, name: Weekly metrics, published: true }
  - { id: raw-events, name: Raw events }
contracts:
  - { id: metrics-to-growth, from: analyst, to: ${growth}/growth-pm, boundary: { from: discover, to: decide }, carries: [weekly-metrics] }
`),
  team(`version: 1
team: { id: ${growth}, name: Growth }
roles:
  - id: growth-pm
    name: Growth PM
    consumes: [{ artifact: ${data}/weekly-metrics, cadence: weekly, stage: decide }, { artifact: ${data}/raw-events }]
    produces: [{ artifact: growth-plan }]
artifacts:
  - { id: growth-plan, name: Growth plan, published: true, derivedFrom: [${data}/weekly-metrics] }
`),
  team(`version: 1
team: { id: ${sales}, name: Sales }
roles:
  - { id: account-lead, name: Account lead, consumes: [{ artifact: ${growth}/growth-plan, cadence: monthly }] }
artifacts: []
`),
];

async function q<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return result.data;
}
/** Round trips to Neo4j one query makes. */
async function roundTrips(query: string, variables: Record<string, unknown> = {}) {
  const before = db.stats.roundTrips;
  const data = await q<Record<string, unknown>>(query, variables);
  return { data, trips: db.stats.roundTrips - before };
}

beforeAll(async () => {
  // The consumer first: its references wait, then resolve as their teams arrive.
  for (const doc of [...documents].reverse()) await importTeam(db, doc);
});
afterAll(async () => {
  for (const id of mine) await deleteTeam(db, id, true);
  await db.close();
});

describe("GraphQL across teams", () => {
  it("consumers, impact and downstream lineage cross teams, each end naming its team", async () => {
    const { team: t } = await q<{ team: { artifact: {
      team: { id: string }; published: boolean;
      consumers: { role: { id: string; team: { id: string } }; cadence: string | null; stage: { id: string } | null }[];
      impactedRoles: { id: string; team: { id: string } }[]; downstream: { id: string; team: { id: string } }[];
    } } }>(`query($team: ID!) { team(id: $team) { artifact(id: "weekly-metrics") { team { id } published
        consumers { role { id team { id } } cadence stage { id } }
        impactedRoles(depth: 3) { id team { id } } downstream(depth: 2) { id team { id } } } } }`, { team: data });
    expect(t.artifact.team.id).toBe(data);
    expect(t.artifact.published).toBe(true);
    expect(t.artifact.consumers).toEqual([{ role: { id: "growth-pm", team: { id: growth } }, cadence: "weekly", stage: { id: "decide" } }]);
    expect(t.artifact.impactedRoles.map((r) => `${r.team.id}/${r.id}`).sort()).toEqual([`${growth}/growth-pm`, `${sales}/account-lead`].sort());
    expect(t.artifact.downstream).toEqual([{ id: "growth-plan", team: { id: growth } }]);
  });

  it("a role's consumption of another team's artifact resolves to that team's artifact", async () => {
    const { team: t } = await q<{ team: { role: { team: { id: string }; consumes: { artifact: { id: string; published: boolean; team: { id: string } } }[] } } }>(
      `query($team: ID!) { team(id: $team) { role(id: "growth-pm") { team { id } consumes { artifact { id published team { id } } } } } }`, { team: growth });
    expect(t.role.team.id).toBe(growth);
    expect(t.role.consumes.map((f) => f.artifact)).toEqual([
      { id: "weekly-metrics", published: true, team: { id: data } },
      { id: "raw-events", published: false, team: { id: data } },
    ]);
  });

  it("a contract hands off to another team's role", async () => {
    const { team: t } = await q<{ team: { contracts: { id: string; to: { id: string; team: { id: string } } }[] } }>(
      `query($team: ID!) { team(id: $team) { contracts { id to { id team { id } } } } }`, { team: data });
    expect(t.contracts).toEqual([{ id: "metrics-to-growth", to: { id: "growth-pm", team: { id: growth } } }]);
  });

  it("Team.dependsOn and dependents, for every team, in a constant number of round trips", async () => {
    const { data: result, trips } = await roundTrips(`{ organization { teams { id name dependsOn { id name } dependents { id name } } } }`);
    const teams = (result.organization as { teams: { id: string; dependsOn: { id: string }[]; dependents: { id: string }[] }[] }).teams
      .filter((t) => mine.has(t.id));
    const links = Object.fromEntries(teams.map((t) => [t.id, { dependsOn: t.dependsOn.map((d) => d.id), dependents: t.dependents.map((d) => d.id) }]));
    expect(links).toEqual({
      [data]: { dependsOn: [], dependents: [growth] },
      [growth]: { dependsOn: [data], dependents: [sales] },
      [sales]: { dependsOn: [growth], dependents: [] },
    });
    // The team list, the team rows, dependsOn, dependents, the linked teams' rows: whatever
    // the number of teams in the graph (every test file's teams are there), never one per team.
    expect(trips).toBeLessThanOrEqual(5);
  });

  it("crossTeamFlows lists every flow across a boundary, with its contract, in a constant number of round trips", async () => {
    const { data: result, trips } = await roundTrips(`{ organization { crossTeamFlows {
      artifact { id name published team { id } } consumer { id name team { id } } producerTeam { id name } consumerTeam { id name }
      contract { id from { id } } cadence } } }`);
    type Row = { artifact: { id: string; published: boolean }; consumer: { id: string }; producerTeam: { id: string }; consumerTeam: { id: string }; contract: { id: string } | null; cadence: string | null };
    const flows = (result.organization as { crossTeamFlows: Row[] }).crossTeamFlows.filter((f) => mine.has(f.producerTeam.id));
    expect(flows.map((f) => `${f.producerTeam.id}/${f.artifact.id} -> ${f.consumerTeam.id}/${f.consumer.id} ${f.contract?.id ?? "uncontracted"}`).sort()).toEqual([
      `${data}/raw-events -> ${growth}/growth-pm uncontracted`,
      `${data}/weekly-metrics -> ${growth}/growth-pm metrics-to-growth`,
      `${growth}/growth-plan -> ${sales}/account-lead uncontracted`,
    ].sort());
    // The flows with their rows, the teams' rows (one batch), the contracts (one batch) and their roles.
    expect(trips).toBeLessThanOrEqual(4);
  });

  it("the organisation context chain crosses several teams over qualified role ids", async () => {
    const { organization } = await q<{ organization: { chain: { id: string; team: { id: string } }[] | null; none: null } }>(
      `query($from: ID!, $to: ID!, $back: ID!) { organization { chain: contextChain(from: $from, to: $to) { id team { id } }
        none: contextChain(from: $back, to: $from) { id } } }`,
      { from: `${data}/analyst`, to: `${sales}/account-lead`, back: `${sales}/account-lead` });
    expect(organization.chain?.map((r) => `${r.team.id}/${r.id}`)).toEqual([`${data}/analyst`, `${growth}/growth-pm`, `${sales}/account-lead`]);
    expect(organization.none).toBeNull();
    const bad = await gql(`{ organization { contextChain(from: "analyst", to: "x/y") { id } } }`);
    expect(bad.errors?.[0]?.message).toMatch(/from must be a qualified role id TEAM\/ROLE/);
  });

  it("the organisation map: teams as groups, flows bundled per team pair, the focus's team expanded, in one round trip", async () => {
    const { data: result, trips } = await roundTrips(`query($focus: ID!) { organization { composition(focus: $focus, depth: 1) { nodes edges focus totalTeams totalFlows } } }`,
      { focus: growth });
    const c = (result.organization as { composition: { nodes: { id: string; kind: string; parentId?: string; distance?: number }[]; edges: { id: string; kind: string; count?: number; contracted?: boolean }[]; focus: string } }).composition;
    expect(c.focus).toBe(growth);
    expect(c.nodes.filter((n) => n.kind === "team").map((n) => `${n.id} ${n.distance}`).sort()).toEqual([`team:${data} 1`, `team:${growth} 0`, `team:${sales} 1`].sort());
    expect(c.nodes.filter((n) => n.kind !== "team").map((n) => n.id)).toEqual([`role:${growth}/growth-pm`, `artifact:${growth}/growth-plan`]);
    expect(c.edges.filter((e) => e.kind === "team-flow").map((e) => `${e.id} ${e.count}`)).toEqual([`teams:${data}->${growth} 2`, `teams:${growth}->${sales} 1`]);
    expect(c.edges.filter((e) => e.kind === "consumes").map((e) => `${e.id} ${e.contracted}`)).toEqual([
      `flow:${data}/raw-events->${growth}/growth-pm false`,
      `flow:${data}/weekly-metrics->${growth}/growth-pm true`,
      `flow:${growth}/growth-plan->${sales}/account-lead false`,
    ]);
    expect(trips).toBe(1);
  });
});
