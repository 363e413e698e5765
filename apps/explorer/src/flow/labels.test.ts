import { describe, expect, it } from "vitest";
import { bezierAt, placeLabels } from "./labels.ts";

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 40 });

describe("placeLabels", () => {
  it("puts a label at the middle of a clear edge", () => {
    const [a, b] = [box("a", 0, 0), box("b", 400, 0)];
    const spot = placeLabels([{ id: "e", source: "a", target: "b", text: "weekly" }], [a, b], "LR").get("e");
    const mid = bezierAt(a, b, "LR", 0.5);
    expect(spot && spot.x + spot.width / 2).toBeCloseTo(mid.x);
  });
  it("moves a label off a node that sits on the edge's middle, and never onto another label", () => {
    const nodes = [box("a", 0, 0), box("b", 600, 0), box("blocker", 300, 0)];
    const placed = placeLabels([
      { id: "e1", source: "a", target: "b", text: "per-cycle" },
      { id: "e2", source: "a", target: "b", text: "per-cycle" },
    ], nodes, "LR");
    const spots = [...placed.values()];
    expect(spots).toHaveLength(2);
    for (const s of spots) expect(s.x + s.width <= 300 || s.x >= 400).toBe(true);
    const [p, q] = spots;
    expect(p && q && (p.x + p.width <= q.x || q.x + q.width <= p.x)).toBe(true);
  });
  it("leaves a label out when the whole edge runs under nodes", () => {
    const nodes = [box("a", 0, 0), box("b", 110, 0), box("wide", 95, -20)];
    expect(placeLabels([{ id: "e", source: "a", target: "b", text: "daily" }], nodes, "LR").size).toBe(0);
  });
});
