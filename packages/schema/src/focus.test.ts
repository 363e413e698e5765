import { describe, expect, it } from "vitest";
import { impact, impactedRoles, neighbourhood, type FocusEdge } from "./focus.ts";

// calls -> brief -> pitch -> design, brief -> design too; pm makes the brief, the architect and
// an agent take it in, the engineer takes the design in.
const edges: FocusEdge[] = [
  { id: "c1", kind: "consumes", source: "artifact:calls", target: "role:pm" },
  { id: "p1", kind: "produces", source: "role:pm", target: "artifact:brief" },
  { id: "w1", kind: "writes", source: "agent:shaper", target: "artifact:pitch" },
  { id: "c2", kind: "consumes", source: "artifact:brief", target: "role:architect" },
  { id: "r1", kind: "reads", source: "artifact:brief", target: "agent:shaper" },
  { id: "d1", kind: "derived-from", source: "artifact:brief", target: "artifact:pitch" },
  { id: "d2", kind: "derived-from", source: "artifact:pitch", target: "artifact:design" },
  { id: "d3", kind: "derived-from", source: "artifact:calls", target: "artifact:brief" },
  { id: "c3", kind: "consumes", source: "artifact:design", target: "role:engineer" },
  { id: "c4", kind: "consumes", source: "artifact:pitch", target: "role:architect" },
];

describe("neighbourhood", () => {
  it("gives every node within depth either way along an edge, with its distance", () => {
    expect(Object.fromEntries(neighbourhood(edges, "role:pm", 1))).toEqual({ "role:pm": 0, "artifact:calls": 1, "artifact:brief": 1 });
    const two = neighbourhood(edges, "role:pm", 2);
    expect(two.get("role:architect")).toBe(2);
    expect(two.get("artifact:pitch")).toBe(2);
    expect(two.has("artifact:design")).toBe(false);
  });
  it("is the focus alone at depth 0 or with no edges", () => {
    expect([...neighbourhood(edges, "role:pm", 0)]).toEqual([["role:pm", 0]]);
    expect([...neighbourhood([], "role:ghost", 3)]).toEqual([["role:ghost", 0]]);
  });
});

describe("impact", () => {
  it("names who makes an artifact and who takes it in, at depth 0", () => {
    const i = impact(edges, "artifact:brief", 0);
    expect(i.producers).toEqual(["role:pm"]);
    expect(i.downstream.size).toBe(0);
    expect(Object.fromEntries(i.consumers)).toEqual({ "role:architect": 0, "agent:shaper": 0 });
  });
  it("follows lineage downstream only, as deep as asked, with the fewest steps", () => {
    expect(Object.fromEntries(impact(edges, "artifact:brief", 1).downstream)).toEqual({ "artifact:pitch": 1 });
    const i = impact(edges, "artifact:brief", 3);
    expect(Object.fromEntries(i.downstream)).toEqual({ "artifact:pitch": 1, "artifact:design": 2 });
    // The architect consumes the brief itself and the pitch: counted once, at the nearer.
    expect(Object.fromEntries(i.consumers)).toEqual({ "role:architect": 0, "agent:shaper": 0, "role:engineer": 2 });
    expect(i.downstream.has("artifact:calls")).toBe(false);
  });
  it("explains itself with the edges it walked, and only those", () => {
    expect([...impact(edges, "artifact:brief", 1).edges].sort()).toEqual(["c2", "c4", "d1", "p1", "r1"]);
  });
  it("counts roles, not agents, as impacted roles (Artifact.impactedRoles)", () => {
    expect(impactedRoles(impact(edges, "artifact:brief", 2))).toEqual(["role:architect", "role:engineer"]);
    expect(impactedRoles(impact(edges, "artifact:design", 2))).toEqual(["role:engineer"]);
  });
});
