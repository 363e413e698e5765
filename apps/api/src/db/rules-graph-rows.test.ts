import { describe, expect, it } from "vitest";
import { rulesGraphFromRows, type RulesGraphRows } from "./rules-graph-rows.ts";

const rows = (over: Partial<RulesGraphRows> = {}): RulesGraphRows => ({
  team: [{ name: "T", lint: JSON.stringify({ rules: { "orphan-output": "off" }, suppress: [] }) }],
  stages: [{ id: "build", name: "Build", order: 1, output: null }, { id: "decide", name: "Decide", order: 0, output: "spec" }],
  roles: [{
    id: "pm", name: "PM", owner: null, order: 0, engagement: [["decide", "lead"]],
    flows: [
      [true, "b", null, null, 1],
      [true, "a", "decide", "weekly", 0],
      [false, "c", null, "daily", 2],
    ],
  }],
  artifacts: [{ id: "a", name: "A", format: null, sourceOfTruth: null, external: null, order: 0 }, { id: "b", name: "B", format: null, sourceOfTruth: null, external: null, order: 1 }, { id: "c", name: "C", format: null, sourceOfTruth: null, external: null, order: 2 }],
  agents: [],
  contracts: [{
    id: "k", name: null, order: 0, loop: null, acknowledgeWithinHours: 24, nextStageWithinHours: null, from: "pm", to: "pm",
    fromStage: "decide", toStage: "build", carries: [["b", 1], ["a", 0]], requires: [["why", 0]],
    gates: [{ id: "g2", text: "Two", check: null, order: 1 }, { id: "g1", text: "One", check: '{"field":"why","present":true}', order: 0 }],
  }],
  workflows: [],
  handoffs: [],
  ...over,
});

describe("rulesGraphFromRows", () => {
  it("puts lists back in document order and reads stored JSON (lint, gate checks)", () => {
    const graph = rulesGraphFromRows("t", rows());
    expect(graph?.stages.map((s) => `${s.order}:${s.id}`)).toEqual(["0:decide", "1:build"]);
    expect(graph?.flows.map((f) => `${f.kind} ${f.artifact} ${f.stage ?? "-"} ${f.cadence ?? "-"}`)).toEqual(["consumes c - daily", "produces a decide weekly", "produces b - -"]);
    expect(graph?.contracts[0]?.carries).toEqual(["a", "b"]);
    expect(graph?.contracts[0]?.gates).toEqual([
      { id: "g1", text: "One", hasCheck: true, checkField: "why" },
      { id: "g2", text: "Two", hasCheck: false, checkField: undefined },
    ]);
    expect(graph?.contracts[0]?.loop).toBe(false);
    expect(graph?.artifacts[0]?.external).toBe(false);
    expect(graph?.lint?.rules).toEqual({ "orphan-output": "off" });
  });

  it("is null without a Team node, and ignores a lint config it cannot read", () => {
    expect(rulesGraphFromRows("t", rows({ team: [] }))).toBeNull();
    expect(rulesGraphFromRows("t", rows({ team: [{ name: "T", lint: "{not json" }] }))?.lint).toBeUndefined();
  });
});
