import { describe, expect, it } from "vitest";
import { place } from "./place.ts";
import type { MapNode } from "./types.ts";

const node = (id: string, relation?: "focus"): MapNode => ({
  id, type: "artifact", position: { x: 0, y: 0 }, width: 10, height: 10,
  data: { node: { id, kind: "artifact", entityId: id, label: id, stage: null, data: {} }, lane: "a", direction: "LR", relation, chips: [] },
});

describe("place", () => {
  it("puts every node where the layout says, or leaves it where it was", () => {
    const placed = place([node("a"), node("b")], new Map([["a", { x: 5, y: 7 }]]));
    expect(placed.map((n) => n.position)).toEqual([{ x: 5, y: 7 }, { x: 0, y: 0 }]);
  });

  it("returns the same object for a node with the same data and position", () => {
    const a = node("a");
    const b = node("b");
    const positions = new Map([["a", { x: 5, y: 7 }], ["b", { x: 1, y: 2 }]]);
    const first = place([a, b], positions);
    const focused = { ...b, data: { ...b.data, relation: "focus" as const } };
    const second = place([a, focused], positions, first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    const moved = place([a, focused], new Map([["a", { x: 6, y: 7 }]]), second);
    expect(moved[0]).not.toBe(second[0]);
  });
});
