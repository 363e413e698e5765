import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { testApp } from "../api-helpers.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print } from "graphql";
import { loadTeam, ROOT, testDb, uniqueTeamId } from "../helpers.ts";

// Issue 18 over GraphQL, on the stored DPOS team: the delegation factors with the recommended
// mode, each role's six steps, and the translation debt beside the score. Expected answers are
// read from seed/dpos-data-team.yaml and the essay, not from output.
const db = testDb();
/** One operation of the explorer's standing.graphql, with its fragments: what the explorer sends. */
function operation(name: string): string {
  const doc = parse(readFileSync(join(ROOT, "apps/explorer/src/api/standing.graphql"), "utf8"));
  return print({ ...doc, definitions: doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION || (d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name)) });
}
const team = uniqueTeamId("dpos-standing");
const { gql } = testApp(db);

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
});
afterAll(() => db.close());

describe("where the DPOS team stands, over GraphQL", () => {
  it("gives each agent's delegation factors and the mode the essay's sorting framework recommends", async () => {
    const result = await gql<{ team: { agents: { id: string; delegation: { errorTolerance: string; toolSpan: string; independence: string; mode: string; recommended: string } | null }[] } }>(
      `query($team: ID!) { team(id: $team) { agents { id delegation { errorTolerance toolSpan independence mode recommended } } } }`, { team });
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data?.team.agents.map((a) => [a.id, a.delegation]));
    // The essay: Market Scanner autonomous, Feedback River "autonomous collection, coordinated interpretation", Pitch Shaper coordinated.
    expect(byId.get("market-scanner")).toEqual({ errorTolerance: "high", toolSpan: "single", independence: "independent", mode: "autonomous", recommended: "autonomous" });
    expect(byId.get("feedback-river")?.recommended).toBe("hybrid");
    expect(byId.get("pitch-shaper")?.recommended).toBe("coordinated");
    // Every DPOS agent's chosen mode is the recommended one.
    expect([...byId.values()].filter((d) => d?.mode !== d?.recommended)).toEqual([]);
  });

  it("answers the explorer's standing query: the six steps per role and the debt per boundary", async () => {
    type Standing = { gapReport: { score: number; translationDebt: { total: number; seams: number; uncovered: number; boundaries: { from: string; to: string; debt: number }[] };
      adoption: { done: number; possible: number; byStep: { step: number; roles: number }[]; roles: { roleId: string; reached: number; steps: { done: boolean }[] }[] } } };
    const result = await gql<{ team: Standing }>(operation("TeamStanding"), { team });
    expect(result.errors).toBeUndefined();
    const report = result.data?.team.gapReport;
    expect(report?.score).toBe(90);
    expect(report?.translationDebt).toMatchObject({ total: 45.2, seams: 44, uncovered: 36 });
    // The PM's problem brief to the Architect is the one seam partly covered: one gate of five is a preference.
    expect(report?.translationDebt.boundaries.find((b) => b.from === "data-pm" && b.to === "architect")?.debt).toBe(3.2);
    expect(report?.adoption).toMatchObject({ done: 32, possible: 54 });
    // Every role is engaged (1); six are party to a contract (2); the six roles with agents have bounded and
    // sorted ones (3, 5); five have a contract out with every gate checked (4, not the PM); nobody has two agents (6).
    expect(report?.adoption.byStep.map((s) => s.roles)).toEqual([9, 6, 6, 5, 6, 0]);
    const pm = report?.adoption.roles.find((r) => r.roleId === "data-pm");
    expect(pm?.steps.map((s) => s.done)).toEqual([true, true, true, false, true, false]);
  });

  it("gives a role's own steps, as its panel shows them", async () => {
    const result = await gql<{ team: { role: { adoption: { reached: number; steps: { step: number; done: boolean; detail: string }[] } } } }>(operation("RoleAdoption"), { team, role: "support" });
    expect(result.errors).toBeUndefined();
    const a = result.data?.team.role.adoption;
    // Support built the Ticket Triager (blast radius, oversight, sorted) but has no contract: it stands at step 1.
    expect(a?.reached).toBe(1);
    expect(a?.steps.map((s) => s.done)).toEqual([true, false, true, false, true, false]);
    expect(a?.steps[1]?.detail).toBe("no contract in or out: name the handoff where context loss hurts most");
  });
});
