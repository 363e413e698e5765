import { describe, expect, it } from "vitest";
import { fixture } from "../testing/fixture.ts";
import { computeFocus } from "./focus.ts";

const relations = (depth: number, id = "artifact:brief") => Object.fromEntries(computeFocus(fixture(), id, depth)?.relations ?? []);

describe("computeFocus", () => {
  it("lights an artifact's producers and consumers, and what is derived from it", () => {
    expect(relations(1)).toEqual({
      "artifact:brief": "focus",
      "role:pm": "producer",
      "role:architect": "consumer",
      "agent:shaper": "consumer",
      "artifact:pitch": "downstream",
    });
  });

  it("follows lineage as deep as asked and marks who that impacts", () => {
    const r = relations(3);
    expect(r["artifact:design"]).toBe("downstream");
    expect(r["role:engineer"]).toBe("impacted");
    expect(r["role:architect"]).toBe("consumer");
  });

  it("shows a role's inputs and outputs, and more with depth", () => {
    const one = relations(1, "role:pm");
    expect(one["artifact:calls"]).toBe("input");
    expect(one["artifact:brief"]).toBe("output");
    expect(one["role:architect"]).toBeUndefined();
    expect(relations(2, "role:pm")["role:architect"]).toBe("linked");
  });

  it("lights only edges between lit nodes", () => {
    const focus = computeFocus(fixture(), "artifact:brief", 1);
    expect(focus?.edges.has("c2")).toBe(true);
    expect(focus?.edges.has("c3")).toBe(false);
  });

  it("is undefined for a focus that is not on the map", () => {
    expect(computeFocus(fixture(), "role:ghost", 2)).toBeUndefined();
  });
});
