import { describe, expect, it } from "vitest";
import { fixture } from "../testing/fixture.ts";
import { nodeIdOf, toGraph } from "./graph.ts";

describe("toGraph", () => {
  it("points every edge the way context flows", () => {
    const g = fixture();
    const byId = new Map(g.edges.map((e) => [e.id, e]));
    expect(byId.get("c2")).toMatchObject({ source: "artifact:brief", target: "role:architect" });
    expect(byId.get("p1")).toMatchObject({ source: "role:pm", target: "artifact:brief" });
    expect(byId.get("d1")).toMatchObject({ source: "artifact:brief", target: "artifact:pitch" });
    expect(byId.get("r1")).toMatchObject({ source: "artifact:brief", target: "agent:shaper" });
    expect(byId.get("w1")).toMatchObject({ source: "agent:shaper", target: "artifact:pitch" });
  });

  it("counts what it cannot draw instead of dropping it silently", () => {
    const g = fixture();
    expect(g.rejected).toBe(1);
    expect(g.totalEdges).toBe(12);
    const bad = toGraph({ nodes: [{ id: "x" }], edges: [], totalNodes: 1, totalEdges: 0 });
    expect(bad.rejected).toBe(1);
  });

  it("finds the node of a finding's subject, with or without a kind", () => {
    const g = fixture();
    expect(nodeIdOf("role", "pm", g)).toBe("role:pm");
    expect(nodeIdOf("", "brief", g)).toBe("artifact:brief");
    expect(nodeIdOf("stage", "ship", g)).toBeUndefined();
  });
});
