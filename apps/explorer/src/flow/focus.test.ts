import { describe, expect, it } from "vitest";
import { fixture } from "../testing/fixture.ts";
import { computeFocus } from "./focus.ts";
import { shortestPath } from "./path.ts";

const relations = (up: number, down: number, id = "artifact:brief") => Object.fromEntries(computeFocus(fixture(), id, { up, down })?.relations ?? []);

describe("computeFocus", () => {
  it("lights an artifact's producers and consumers (agents too), and what it feeds", () => {
    expect(relations(1, 1)).toEqual({
      "artifact:brief": "focus",
      "role:pm": "producer",
      "agent:shaper": "consumer",
      "role:architect": "consumer",
      "artifact:pitch": "downstream",
      "contract:pm-to-architect": "carrier",
    });
  });

  it("keeps upstream and downstream depth apart", () => {
    expect(relations(0, 3)["role:pm"]).toBeUndefined();
    expect(relations(0, 3)["artifact:design"]).toBe("downstream");
    expect(relations(0, 3)["role:engineer"]).toBe("downstream");
    expect(relations(2, 0)["artifact:calls"]).toBe("upstream");
    expect(relations(2, 0)["role:architect"]).toBeUndefined();
  });

  it("shows a role's inputs and outputs", () => {
    const one = relations(1, 1, "role:pm");
    expect(one["artifact:calls"]).toBe("input");
    expect(one["artifact:brief"]).toBe("output");
    expect(one["role:architect"]).toBeUndefined();
  });

  it("follows only the relation types asked for", () => {
    const r = Object.fromEntries(computeFocus(fixture(), "role:pm", { up: 1, down: 2, kinds: ["handoff"] })?.relations ?? []);
    expect(r).toEqual({ "role:pm": "focus", "contract:pm-to-architect": "output", "role:architect": "downstream" });
  });

  it("lights only edges it walked", () => {
    const focus = computeFocus(fixture(), "artifact:brief", { up: 1, down: 1 });
    expect(focus?.edges.has("c2")).toBe(true);
    expect(focus?.edges.has("c3")).toBe(false);
  });

  it("is undefined for a focus that is not on the map", () => {
    expect(computeFocus(fixture(), "role:ghost", { up: 1, down: 1 })).toBeUndefined();
  });
});

describe("shortestPath", () => {
  it("follows the flow from one node to another", () => {
    const p = shortestPath(fixture(), "role:pm", "role:engineer");
    expect(Object.fromEntries(p?.relations ?? [])).toEqual({ "role:pm": "focus", "artifact:brief": "path", "artifact:pitch": "path", "artifact:design": "path", "role:engineer": "path" });
    expect([...(p?.edges ?? [])].sort()).toEqual(["c3", "d1", "d2", "p1"]);
  });
  it("falls back to any connection against the flow, and is undefined when there is none", () => {
    expect(shortestPath(fixture(), "role:engineer", "role:pm")?.relations.has("artifact:brief")).toBe(true);
    expect(shortestPath(fixture(), "role:pm", "role:ghost")).toBeUndefined();
  });
});
