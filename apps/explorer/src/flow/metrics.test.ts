import { describe, expect, it } from "vitest";
import { layoutQuality, segmentsCross } from "./metrics.ts";

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 10, height: 10 });

describe("layoutQuality", () => {
  it("counts a crossing where two edges swap rows, and none where they run side by side", () => {
    const nodes = [box("a", 0, 0), box("b", 0, 40), box("c", 100, 0), box("d", 100, 40)];
    expect(layoutQuality(nodes, [{ source: "a", target: "d" }, { source: "b", target: "c" }]).crossings).toBe(1);
    expect(layoutQuality(nodes, [{ source: "a", target: "c" }, { source: "b", target: "d" }]).crossings).toBe(0);
  });
  it("never counts edges that share an end, and sums straight lengths handle to handle", () => {
    const nodes = [box("a", 0, 0), box("c", 100, 0), box("d", 100, 40)];
    const q = layoutQuality(nodes, [{ source: "a", target: "c" }, { source: "a", target: "d" }]);
    expect(q.crossings).toBe(0);
    expect(q.length).toBe(Math.round(90 + Math.hypot(90, 40)));
  });
  it("segmentsCross ignores touching ends", () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 10, y: 10 }, { x: 20, y: 0 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
  });
});
