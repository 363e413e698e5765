import { describe, expect, it } from "vitest";
import { buildComposition } from "./build.ts";
import type { TeamGraph } from "./graph.ts";

const graph: TeamGraph = {
  stages: [
    { id: "discover", name: "Discover", order: 0, output: "brief" },
    { id: "decide", name: "Decide", order: 1, output: null },
    { id: "build", name: "Build", order: 2, output: null },
  ],
  roles: [
    { id: "pm", name: "PM", engagement: { discover: "lead", decide: "lead" } },
    { id: "architect", name: "Architect", engagement: { decide: "lead" } },
    { id: "engineer", name: "Engineer", engagement: { build: "lead" } },
  ],
  artifacts: [
    { id: "interviews", name: "Interviews", external: true, format: "notes", derivedFrom: [] },
    { id: "brief", name: "Brief", external: false, format: "md", derivedFrom: ["interviews"] },
    { id: "design", name: "Design", external: false, format: "md", derivedFrom: ["brief"] },
  ],
  agents: [{ id: "scanner", name: "Scanner", role: "pm", access: "read-only", mode: "autonomous", inputs: ["interviews"], outputs: [] }],
  contracts: [{ id: "pm-to-arch", name: "Brief handoff", from: "pm", to: "architect", fromStage: "discover", toStage: "decide", carries: ["brief"], gates: 4, checkable: 3, lastPassed: null }],
  flows: [
    { kind: "consumes", role: "pm", artifact: "interviews", cadence: "weekly", stage: "discover" },
    { kind: "produces", role: "pm", artifact: "brief", cadence: "per-cycle", stage: "discover" },
    { kind: "consumes", role: "architect", artifact: "brief", cadence: "per-cycle", stage: "decide" },
    { kind: "produces", role: "architect", artifact: "design", cadence: "per-cycle", stage: "decide" },
    { kind: "consumes", role: "engineer", artifact: "design", cadence: "per-cycle", stage: "build" },
  ],
};

describe("buildComposition", () => {
  it("draws every entity as a node and every flow, lineage, ownership and handoff as an edge", () => {
    const c = buildComposition(graph);
    expect(c.nodes.map((n) => n.id)).toEqual([
      "role:pm", "role:architect", "role:engineer", "artifact:interviews", "artifact:brief", "artifact:design", "agent:scanner", "contract:pm-to-arch",
    ]);
    expect(c.edges).toHaveLength(5 + 2 + 2 + 2);
    expect(c.nodes.find((n) => n.id === "artifact:brief")?.stage).toBe("discover");
    expect(c.nodes.find((n) => n.id === "agent:scanner")?.stage).toBe("discover");
    expect(c.edges.find((e) => e.kind === "handoff")?.label).toBe("3/4 gates");
    expect([c.totalNodes, c.totalEdges]).toEqual([8, 11]);
  });

  it("narrows to a stage and says how much it left out", () => {
    const c = buildComposition(graph, { stage: "build" });
    expect(c.nodes.map((n) => n.id)).toEqual(["role:engineer", "artifact:design"]);
    expect(c.edges.map((e) => e.id)).toEqual(["consumes:engineer:design:build"]);
    expect([c.totalNodes, c.totalEdges]).toEqual([8, 11]);
  });

  it("keeps what lies within depth of the focus, with distances", () => {
    const c = buildComposition(graph, { focus: "brief", depth: 1 });
    expect(c.focus).toBe("artifact:brief");
    expect(Object.fromEntries(c.nodes.map((n) => [n.id, n.distance]))).toEqual({
      "role:pm": 1, "role:architect": 1, "artifact:interviews": 1, "artifact:brief": 0, "artifact:design": 1,
    });
  });

  it("carries no gap badges: the map never waits for the gap report", () => {
    expect(buildComposition(graph).nodes.filter((n) => n.gaps !== undefined)).toEqual([]);
  });
});
