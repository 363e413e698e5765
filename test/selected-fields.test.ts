import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Team } from "@rolegraph/schema";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// Rows read for an operation carry only the fields it reads (schema/selected.ts): wherever
// the operation reads a field, in another alias, a fragment or another branch, it is there.
const db = testDb();
const team = uniqueTeamId("selected");
const { gql } = testApp(db, { RESPONSE_CACHE_TTL_MS: "0" });
let doc: Team;
const roleOf = (id: string) => doc.roles.find((r) => r.id === id);
type Role = { id: string; name?: string; purpose?: string | null; owner?: string | null };

beforeAll(async () => {
  doc = loadTeam("seed/dpos-data-team.yaml", team);
  await importTeam(db, doc);
});
afterAll(() => db.close());

async function ask<T>(query: string): Promise<T> {
  const result = await gql<{ team: T }>(query, { team });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return result.data.team;
}

describe("rows carry every field the operation reads", () => {
  it("a field read in another alias of the same artifact", async () => {
    const data = await ask<{ a: { consumers: { role: Role }[] }; b: { consumers: { role: Role }[] } }>(`query ($team: ID!) { team(id: $team) {
      a: artifact(id: "problem-brief") { consumers { role { id name } } }
      b: artifact(id: "problem-brief") { consumers { role { id purpose owner } } } } }`);
    // Architect, Designer and, since the brief goes to all roles (issue 18), the six others.
    expect(data.b.consumers.length).toBe(8);
    for (const { role } of data.b.consumers) {
      expect(role.purpose).toBe(roleOf(role.id)?.purpose);
      expect(role.owner).toBe(roleOf(role.id)?.owner);
    }
    expect(data.a.consumers.map((c) => c.role.name)).toEqual(data.a.consumers.map((c) => roleOf(c.role.id)?.name));
  });

  it("the looked-up entity's own fields, read in another alias than its flows or impact", async () => {
    const data = await ask<{ a: { id: string }; b: { name: string; format: string | null; sourceOfTruth: string | null; external: boolean } }>(`query ($team: ID!) { team(id: $team) {
      a: artifact(id: "problem-brief") { id consumers { role { id } } impactedRoles { id } }
      b: artifact(id: "problem-brief") { name format sourceOfTruth external } } }`);
    const brief = doc.artifacts.find((x) => x.id === "problem-brief");
    expect(data.b).toEqual({ name: brief?.name, format: brief?.format ?? null, sourceOfTruth: brief?.sourceOfTruth ?? null, external: brief?.external ?? false });
  });

  it("fields read through fragments, on flows, impact and chains", async () => {
    const data = await ask<{ role: { consumes: { artifact: { id: string; format: string | null; sourceOfTruth: string | null } }[] }; artifact: { impactedRoles: Role[] }; contextChain: Role[] }>(`
      query ($team: ID!) { team(id: $team) {
        role(id: "architect") { consumes { artifact { ...A } } }
        artifact(id: "problem-brief") { impactedRoles(depth: 3) { ...R } }
        contextChain(from: "data-pm", to: "engineer") { ...R } } }
      fragment A on Artifact { id format sourceOfTruth }
      fragment R on Role { id name purpose owner }`);
    expect(data.role.consumes.length).toBeGreaterThan(0);
    for (const { artifact } of data.role.consumes) {
      const expected = doc.artifacts.find((a) => a.id === artifact.id);
      expect(artifact.format).toBe(expected?.format ?? null);
      expect(artifact.sourceOfTruth).toBe(expected?.sourceOfTruth ?? null);
    }
    for (const role of [...data.artifact.impactedRoles, ...data.contextChain]) {
      expect(role).toEqual({ id: role.id, name: roleOf(role.id)?.name, purpose: roleOf(role.id)?.purpose ?? null, owner: roleOf(role.id)?.owner ?? null });
    }
    expect(data.contextChain.length).toBeGreaterThan(1);
  });
});
