import { parseTeamDocument, type Team } from "@rolegraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { testDb, uniqueTeamId } from "./helpers.ts";

/**
 * The organisation map's reads (issue 21): every team and seam counted, then an opened
 * team's members and flows. Three teams: data publishes weekly metrics and keeps raw events
 * unpublished; growth's PM reads both (the metrics under a contract from data) and publishes
 * a plan; sales reads the plan. Expected figures are read off these documents.
 */
const db = testDb();
const { gql } = testApp(db, { RESPONSE_CACHE_TTL_MS: "0" });
const [data, growth, sales] = [uniqueTeamId("mdata"), uniqueTeamId("mgrowth"), uniqueTeamId("msales")];
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
  - { id: growth-analyst, name: Growth analyst }
artifacts:
  - { id: growth-plan, name: Growth plan, published: true }
`),
  team(`version: 1
team: { id: ${sales}, name: Sales }
roles:
  - { id: account-lead, name: Account lead, consumes: [{ artifact: ${growth}/growth-plan, cadence: monthly }] }
artifacts: []
`),
];

async function q<T>(query: string, variables: Record<string, unknown> = {}) {
  const result = await gql<T>(query, variables);
  return result;
}

beforeAll(async () => {
  for (const doc of documents) await importTeam(db, doc);
});
afterAll(async () => {
  for (const id of mine) await deleteTeam(db, id, true);
  await db.close();
});

describe("the organisation map's reads", () => {
  it("counts every team and every seam, with its uncontracted flows and the unpublished artifacts read across it", async () => {
    type Map = { organization: { map: {
      teams: { id: string; name: string; roles: number; published: number }[];
      seams: { from: string; to: string; flows: number; artifacts: number; uncontracted: number; unpublished: string[] }[];
    } } };
    const { data: answer, errors } = await q<Map>("{ organization { map { teams { id name roles published } seams { from to flows artifacts uncontracted unpublished } } } }");
    expect(errors).toBeUndefined();
    const map = answer?.organization.map;
    expect(map?.teams.filter((t) => mine.has(t.id))).toEqual([
      { id: data, name: "Data", roles: 1, published: 1 },
      { id: growth, name: "Growth", roles: 2, published: 1 },
      { id: sales, name: "Sales", roles: 1, published: 0 },
    ].sort((a, b) => a.id.localeCompare(b.id)));
    expect(map?.seams.filter((s) => mine.has(s.from) || mine.has(s.to))).toEqual([
      { from: data, to: growth, flows: 2, artifacts: 2, uncontracted: 1, unpublished: ["raw-events"] },
      { from: growth, to: sales, flows: 1, artifacts: 1, uncontracted: 1, unpublished: [] },
    ]);
  });

  it("reads an opened team's members and every flow into or out of it, with the contract that carries it", async () => {
    type Open = { organization: {
      teamsById: { id: string; roles: { id: string }[]; artifacts: { id: string; published: boolean }[] }[];
      seamFlows: { artifact: { team: string; id: string; published: boolean }; consumer: { team: string; id: string }; contract: string | null }[];
    } };
    const { data: answer, errors } = await q<Open>(`query($teams: [ID!]!) { organization {
      teamsById(ids: $teams) { id roles { id } artifacts { id published } }
      seamFlows(teams: $teams) { artifact { team id published } consumer { team id } contract } } }`, { teams: [growth, "no-such-team"] });
    expect(errors).toBeUndefined();
    expect(answer?.organization.teamsById).toEqual([
      { id: growth, roles: [{ id: "growth-pm" }, { id: "growth-analyst" }], artifacts: [{ id: "growth-plan", published: true }] },
    ]);
    expect(answer?.organization.seamFlows).toEqual([
      { artifact: { team: data, id: "raw-events", published: false }, consumer: { team: growth, id: "growth-pm" }, contract: null },
      { artifact: { team: data, id: "weekly-metrics", published: true }, consumer: { team: growth, id: "growth-pm" }, contract: "metrics-to-growth" },
      { artifact: { team: growth, id: "growth-plan", published: true }, consumer: { team: sales, id: "account-lead" }, contract: null },
    ]);
  });

  it("refuses to read the flows of more teams at once than a person opens", async () => {
    const teams = Array.from({ length: 201 }, (_, i) => `t${i}`);
    const { errors } = await q("query($teams: [ID!]!) { organization { seamFlows(teams: $teams) { contract } } }", { teams });
    expect(errors?.[0]?.message).toContain("at most 200 teams");
  });
});
