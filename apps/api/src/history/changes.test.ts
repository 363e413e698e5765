import { describe, expect, it } from "vitest";
import { elementChanges, fieldChanges, sameValue } from "./changes.ts";
import { PAIR, teamOf } from "./testing.ts";

describe("elementChanges", () => {
  it("finds nothing between a team and itself", () => {
    expect(elementChanges(teamOf(PAIR), teamOf(PAIR))).toEqual([]);
  });

  it("names an added and a removed element once each, with the element as it is or was", () => {
    const before = teamOf(PAIR);
    const after = teamOf(PAIR.replace("  - { id: code, name: Code, format: git }\n", "  - { id: code, name: Code, format: git }\n  - { id: spec, name: Spec }\n")
      .replace(/agents:\n {2}- \{ id: scribe[^\n]*\n/, "").replace(", agents: [scribe]", ""));
    const changes = elementChanges(before, after);
    expect(changes.filter((c) => c.op !== "CHANGED")).toEqual([
      { op: "ADDED", kind: "ARTIFACT", id: "spec", field: null, before: null, after: { name: "Spec", derivedFrom: [], external: false, published: false } },
      { op: "REMOVED", kind: "AGENT", id: "scribe", field: null, before: expect.objectContaining({ name: "Scribe", role: "pm" }), after: null },
    ]);
    // The step that used the agent changed with it.
    expect(changes.filter((c) => c.op === "CHANGED")).toEqual([
      { op: "CHANGED", kind: "WORKFLOW", id: "write-brief", field: "steps", before: [expect.objectContaining({ agents: ["scribe"] })], after: [expect.objectContaining({ agents: [] })] },
    ]);
  });

  it("gives one change per field, down to an engagement, a flow and a gate", () => {
    const after = teamOf(PAIR.replace("name: PM, engagement: { discover: lead }", "name: Product, engagement: { discover: support }")
      .replace("stage: build, cadence: weekly", "stage: build, cadence: daily")
      .replace("text: Brief has a problem statement", "text: Brief states the problem"));
    expect(elementChanges(teamOf(PAIR), after)).toEqual([
      { op: "CHANGED", kind: "ROLE", id: "pm", field: "name", before: "PM", after: "Product" },
      { op: "CHANGED", kind: "ROLE", id: "pm", field: "engagement.discover", before: "lead", after: "support" },
      { op: "CHANGED", kind: "ROLE", id: "eng", field: "consumes[brief@build].cadence", before: "weekly", after: "daily" },
      { op: "CHANGED", kind: "CONTRACT", id: "pm-to-eng", field: "gates[g1].text", before: "Brief has a problem statement", after: "Brief states the problem" },
    ]);
  });

  it("counts moving a stage as a change of its order, and a flow dropped as its item going", () => {
    const moved = teamOf(PAIR.replace("[{ id: discover", "[{ id: plan, name: Plan }, { id: discover")
      .replace(", produces: [{ artifact: code, stage: build }]", ""));
    expect(elementChanges(teamOf(PAIR), moved)).toEqual([
      { op: "ADDED", kind: "STAGE", id: "plan", field: null, before: null, after: { name: "Plan", order: 0 } },
      { op: "CHANGED", kind: "STAGE", id: "discover", field: "order", before: 0, after: 1 },
      { op: "CHANGED", kind: "STAGE", id: "build", field: "order", before: 1, after: 2 },
      { op: "CHANGED", kind: "ROLE", id: "eng", field: "produces[code@build]", before: { artifact: "code", stage: "build" }, after: null },
    ]);
  });

  it("sees a renamed team and a new lint config as changes of the team", () => {
    const after = teamOf(`${PAIR}\nlint: { rules: { orphan-output: off } }`);
    const changes = elementChanges(teamOf(PAIR), { ...after, team: { ...after.team, name: "Renamed" } });
    expect(changes.map((c) => [c.kind, c.field])).toEqual([["TEAM", "name"], ["TEAM", "lint"]]);
  });
});

describe("fieldChanges and sameValue", () => {
  it("compare lists of ids as one value and treat absence alike", () => {
    expect(fieldChanges({ carries: ["a", "b"] }, { carries: ["b", "a"] }, "")).toEqual([{ field: "carries", before: ["a", "b"], after: ["b", "a"] }]);
    expect(sameValue({ a: undefined }, {})).toBe(true);
    expect(sameValue({ a: null }, { a: 0 })).toBe(false);
  });
});
