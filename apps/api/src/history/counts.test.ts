import { describe, expect, it } from "vitest";
import { diffGraph } from "../graph/diff.ts";
import { toGraph } from "../graph/to-graph.ts";
import { elementCounts, isEmpty } from "./counts.ts";
import { PAIR, teamOf } from "./testing.ts";
import { withoutElements } from "./without.ts";

const counts = (before: string, after: string) => elementCounts(diffGraph(toGraph(teamOf(before)), toGraph(teamOf(after))));

describe("elementCounts", () => {
  it("counts nothing for the same team, and the diff is empty", () => {
    expect(counts(PAIR, PAIR)).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(isEmpty(diffGraph(toGraph(teamOf(PAIR)), toGraph(teamOf(PAIR))))).toBe(true);
  });

  it("counts a new team's every element as added", () => {
    const empty = { nodes: [], rels: [] };
    // team, 2 stages, 2 roles, 2 artifacts, 1 agent, 1 workflow, 1 contract
    expect(elementCounts(diffGraph(empty, toGraph(teamOf(PAIR))))).toEqual({ added: 10, removed: 0, changed: 0 });
  });

  it("counts a gate's text as a change of its contract, a flow's cadence as one of its role", () => {
    expect(counts(PAIR, PAIR.replace("text: Brief has a problem statement", "text: Problem stated").replace("cadence: weekly }], produces: [{ artifact: code", "cadence: daily }], produces: [{ artifact: code")))
      .toEqual({ added: 0, removed: 0, changed: 2 });
  });

  it("counts a removed role and what went with it, and an element moved in the file as changed", () => {
    const before = teamOf(PAIR);
    const after = withoutElements(before, [{ kind: "ROLE", id: "pm" }]).team;
    // pm, scribe, write-brief, pm-to-eng removed; eng moves up to first place in the file,
    // which the graph keeps (its `order`), so it counts as changed.
    expect(elementCounts(diffGraph(toGraph(before), toGraph(after)))).toEqual({ added: 0, removed: 4, changed: 1 });
  });
});
