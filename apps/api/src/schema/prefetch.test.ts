import { parse, type OperationDefinitionNode, type SelectionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { planUnderTeam } from "./prefetch.ts";

/** The selections under `team` in a literal query. */
function underTeam(query: string): readonly SelectionNode[] {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const team = operation.selectionSet.selections[0];
  if (team?.kind !== "Field" || !team.selectionSet) throw new Error("no team field");
  return team.selectionSet.selections;
}

describe("planUnderTeam: which lookups to start with the team", () => {
  it("starts a by-id lookup, which proves the team, and reads nothing of the team itself", () => {
    expect(planUnderTeam(underTeam(`{ team(id: "t") { id artifact(id: "a") { id name } } }`), {})).toEqual({
      starts: [{ kind: "lookup", label: "Artifact", id: "a" }],
      readsTeam: false,
    });
  });

  it("starts an entity with the flows asked for in one query before its lookup; stage rows only when more than a stage's id is read", () => {
    const plan = planUnderTeam(underTeam(`query($r: ID!) { team(id: "t") { role(id: $r) { consumes { stage { id } } produces { cadence } } } }`), { r: "pm" });
    expect(plan.starts).toEqual([
      { kind: "withFlows", label: "Role", id: "pm", types: ["CONSUMES", "PRODUCES"], stages: false },
      { kind: "lookup", label: "Role", id: "pm" },
    ]);
    const named = planUnderTeam(underTeam(`{ team(id: "t") { artifact(id: "a") { consumers { stage { name } } } } }`), {});
    expect(named.starts[0]).toEqual({ kind: "withFlows", label: "Artifact", id: "a", types: ["CONSUMES"], stages: true });
  });

  it("starts an artifact with its impacted roles at the asked depth (3 by default), not at a depth out of range", () => {
    const plan = planUnderTeam(underTeam(`{ team(id: "t") { artifact(id: "a") { impactedRoles { id } deep: impactedRoles(depth: 99) { id } } } }`), {});
    expect(plan.starts).toEqual([
      { kind: "artifactWithImpacted", id: "a", depth: 3 },
      { kind: "lookup", label: "Artifact", id: "a" },
    ]);
  });

  it("starts a context chain when both ends are known, from literals or variables", () => {
    expect(planUnderTeam(underTeam(`query($to: ID!) { team(id: "t") { contextChain(from: "a", to: $to) { id } } }`), { to: "b" }).starts)
      .toEqual([{ kind: "contextChain", from: "a", to: "b" }]);
    expect(planUnderTeam(underTeam(`query($to: ID!) { team(id: "t") { contextChain(from: "a", to: $to) { id } } }`), {}).starts).toEqual([]);
  });

  it("reads the team when another of its fields or a fragment is selected, and starts nothing without an id", () => {
    expect(planUnderTeam(underTeam(`{ team(id: "t") { name role(id: "r") { id } } }`), {}).readsTeam).toBe(true);
    expect(planUnderTeam(underTeam(`{ team(id: "t") { ... on Team { id } } }`), {}).readsTeam).toBe(true);
    expect(planUnderTeam(underTeam(`query($id: ID) { team(id: "t") { role(id: $id) { id } } }`), {})).toEqual({ starts: [], readsTeam: false });
  });
});
