import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// A flow's `stage { id }` is answered from the flow itself; anything more reads the stage rows.
// Expected values from seed/dpos-data-team.yaml: the problem brief is consumed by the
// Architect in Decide and the Designer in Discover.
const db = testDb();
const team = uniqueTeamId("flow-stage");
const { gql } = testApp(db, { RESPONSE_CACHE_TTL_MS: "0" });
type Stage = { id: string; name?: string; order?: number; output?: { id: string } | null };
type Consumers = { consumers: { role: { id: string }; stage: Stage | null }[] };

async function ask<T>(query: string) {
  const before = db.stats.roundTrips;
  const result = await gql<{ team: T }>(query, { team });
  expect(result.errors).toBeUndefined();
  return { data: result.data?.team, trips: db.stats.roundTrips - before };
}
const byRole = (list: Consumers["consumers"]) => Object.fromEntries(list.map((c) => [c.role.id, c.stage]));

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
});
afterAll(() => db.close());

// "Problem briefs (to all roles)": the DPOS roles that do not work from the brief in one stage
// read it without a stage (issue 18), so their flows answer a null stage.
const BROADCAST = { engineer: null, "qa-data-lead": null, "product-analytics": null, leadership: null, sales: null, support: null };

describe("a flow's stage", () => {
  it("gives the stage's id from the flow, in one query", async () => {
    const { data, trips } = await ask<{ artifact: Consumers }>(`query ($team: ID!) { team(id: $team) { artifact(id: "problem-brief") { consumers { role { id } stage { id } } } } }`);
    expect(byRole(data?.artifact.consumers ?? [])).toEqual({ architect: { id: "decide" }, designer: { id: "discover" }, ...BROADCAST });
    expect(trips).toBe(1);
  });

  it("gives the whole stage when more than its id is asked for", async () => {
    const { data, trips } = await ask<{ artifact: Consumers }>(`query ($team: ID!) { team(id: $team) { artifact(id: "problem-brief") { consumers { role { id } stage { id name order output { id } } } } } }`);
    expect(byRole(data?.artifact.consumers ?? [])).toEqual({
      architect: { id: "decide", name: "Decide", order: 1, output: { id: "shaped-pitch" } },
      designer: { id: "discover", name: "Discover", order: 0, output: { id: "problem-brief" } },
      ...BROADCAST,
    });
    // The stage's output artifact is an Artifact row of its own: one more query, for all of them.
    expect(trips).toBe(2);
  });

  it("stays right when one selection asks for the id and another, of the same artifact, for more", async () => {
    const { data } = await ask<{ a: Consumers; b: Consumers }>(`query ($team: ID!) { team(id: $team) {
      a: artifact(id: "problem-brief") { consumers { role { id } stage { id } } }
      b: artifact(id: "problem-brief") { consumers { role { id } stage { id name } } } } }`);
    expect(byRole(data?.b.consumers ?? [])).toEqual({ architect: { id: "decide", name: "Decide" }, designer: { id: "discover", name: "Discover" }, ...BROADCAST });
    expect(byRole(data?.a.consumers ?? [])).toEqual({ architect: { id: "decide" }, designer: { id: "discover" }, ...BROADCAST });
  });

  it("reads the stage rows when the stage is asked for through a fragment", async () => {
    const { data } = await ask<{ role: { consumes: { stage: Stage | null }[] } }>(`query ($team: ID!) { team(id: $team) { role(id: "architect") {
      consumes { ... on Flow { stage { name } } } } } }`);
    expect(data?.role.consumes.every((f) => typeof f.stage?.name === "string" && f.stage.name.length > 0)).toBe(true);
  });
});
