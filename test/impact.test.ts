import { impact, impactedRoles, type CompositionEdge } from "@rolegraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// Artifact.impactedRoles and Artifact.downstream are Cypher (db/relations.ts); the map's focus
// is @rolegraph/schema's impact(). The two must say the same on a real team, at every depth,
// through both ways the API answers: a team's artifacts, and one artifact looked up by id.
const db = testDb();
const team = uniqueTeamId("impact");
const { gql } = testApp(db);
const DEPTHS = [0, 1, 2, 3, 4];

type Answer = { id: string; downstream: { id: string }[]; impactedRoles: { id: string }[] };
const fields = (depth: number | string) => `id downstream(depth: ${depth}) { id } impactedRoles(depth: ${depth}) { id }`;
const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
const bare = (nodeIds: Iterable<string>) => [...nodeIds].map((id) => id.slice(id.indexOf(":") + 1)).sort();

let edges: CompositionEdge[] = [];
let artifacts: string[] = [];

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
  const result = await gql<{ team: { composition: { edges: CompositionEdge[] }; artifacts: { id: string }[] } }>(
    `query($team: ID!) { team(id: $team) { composition { edges } artifacts { id } } }`, { team });
  expect(result.errors).toBeUndefined();
  edges = result.data?.team.composition.edges ?? [];
  artifacts = (result.data?.team.artifacts ?? []).map((a) => a.id);
});
afterAll(() => db.close());

describe("impact: the Cypher of Artifact.impactedRoles and downstream against @rolegraph/schema's impact()", () => {
  it("agree for every artifact of the seed team at every depth, listed with the team", async () => {
    const query = `query($team: ID!) { team(id: $team) { ${DEPTHS.map((d) => `d${d}: artifacts { ${fields(d)} }`).join(" ")} } }`;
    const result = await gql<{ team: Record<string, Answer[]> }>(query, { team });
    expect(result.errors).toBeUndefined();
    for (const depth of DEPTHS) {
      const answers = result.data?.team[`d${depth}`] ?? [];
      expect(answers.map((a) => a.id).sort()).toEqual([...artifacts].sort());
      for (const a of answers) {
        const pure = impact(edges, `artifact:${a.id}`, depth);
        expect(ids(a.downstream), `downstream(depth: ${depth}) of ${a.id}`).toEqual(bare(pure.downstream.keys()));
        expect(ids(a.impactedRoles), `impactedRoles(depth: ${depth}) of ${a.id}`).toEqual(bare(impactedRoles(pure)));
      }
    }
  });

  it("agree for every artifact looked up by id (artifact(id) reads its impacted roles in the same query)", async () => {
    // The API allows 30 aliases a query.
    const chunks = Array.from({ length: Math.ceil(artifacts.length / 25) }, (_, i) => artifacts.slice(i * 25, i * 25 + 25));
    for (const [depth, chunk] of DEPTHS.flatMap((d) => chunks.map((c) => [d, c] as const))) {
      // Depth as a variable: one query text per chunk, compiled once.
      const query = `query($team: ID!, $depth: Int!) { team(id: $team) { ${chunk.map((id, i) => `a${i}: artifact(id: "${id}") { ${fields("$depth")} }`).join(" ")} } }`;
      const result = await gql<{ team: Record<string, Answer> }>(query, { team, depth });
      expect(result.errors).toBeUndefined();
      chunk.forEach((id, i) => {
        const answer = result.data?.team[`a${i}`];
        const pure = impact(edges, `artifact:${id}`, depth);
        expect(answer?.id).toBe(id);
        expect(ids(answer?.downstream ?? []), `downstream(depth: ${depth}) of ${id}`).toEqual(bare(pure.downstream.keys()));
        expect(ids(answer?.impactedRoles ?? []), `impactedRoles(depth: ${depth}) of ${id}`).toEqual(bare(impactedRoles(pure)));
      });
    }
  });

  it("is tested on lineage deep enough to tell the depths apart", () => {
    const sizes = (depth: number) => artifacts.reduce((n, id) => n + impact(edges, `artifact:${id}`, depth).downstream.size, 0);
    const roles = (depth: number) => artifacts.reduce((n, id) => n + impactedRoles(impact(edges, `artifact:${id}`, depth)).length, 0);
    expect(sizes(1)).toBeGreaterThan(0);
    expect(sizes(2)).toBeGreaterThan(sizes(1));
    expect(roles(2)).toBeGreaterThan(roles(0));
  });
});
