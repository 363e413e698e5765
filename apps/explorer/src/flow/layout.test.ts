import { describe, expect, it } from "vitest";
import { STAGES } from "../testing/fixture.ts";
import { LARGE_MAP, layout, type LayoutNode } from "./layout.ts";

const nodes: LayoutNode[] = [
  { id: "a", lane: "discover", width: 100, height: 40 },
  { id: "b", lane: "discover", width: 100, height: 40 },
  { id: "c", lane: "decide", width: 100, height: 40 },
  { id: "d", lane: "build", width: 100, height: 40 },
];
const edges = [
  { id: "ab", source: "a", target: "b", kind: "produces" },
  { id: "bc", source: "b", target: "c", kind: "consumes" },
  { id: "cd", source: "c", target: "d", kind: "produces" },
  { id: "da", source: "d", target: "a", kind: "handoff" }, // a feedback loop
];

describe("layout", () => {
  it("draws one band per stage, in lifecycle order, never overlapping", async () => {
    const { bands } = await layout(nodes, edges, STAGES, "LR");
    expect(bands.map((b) => b.stage)).toEqual(["discover", "decide", "build"]);
    for (let i = 1; i < bands.length; i += 1) {
      const prev = bands[i - 1];
      const band = bands[i];
      expect(band && prev && band.x >= prev.x + prev.width).toBe(true);
    }
  });

  it("places every node inside its stage's band", async () => {
    for (const direction of ["LR", "TB"] as const) {
      const { bands, positions } = await layout(nodes, edges, STAGES, direction);
      for (const n of nodes) {
        const p = positions.get(n.id);
        const band = bands.find((b) => b.stage === n.lane);
        expect(p && band && p.x >= band.x && p.x + n.width <= band.x + band.width).toBe(true);
        expect(p && band && p.y >= band.y && p.y + n.height <= band.y + band.height).toBe(true);
      }
    }
  });

  it("keeps a band for a stage with nothing shown, so the lifecycle stays whole", async () => {
    const { bands } = await layout(nodes.filter((n) => n.lane !== "decide"), [], STAGES, "LR");
    expect(bands.find((b) => b.stage === "decide")?.count).toBe(0);
    expect(bands.find((b) => b.stage === "decide")?.width).toBeGreaterThan(0);
  });

  it("lays a large map out as a grid per stage, fast, inside the bands and without overlaps", async () => {
    const kinds = ["role", "artifact", "agent", "contract"];
    const many: LayoutNode[] = Array.from({ length: LARGE_MAP * 5 }, (_, i) => ({
      id: `${kinds[i % 4]}:n${i}`, lane: STAGES[i % STAGES.length]?.id ?? "", width: 200, height: 60,
    }));
    const started = performance.now();
    const { positions, bands } = await layout(many, [], STAGES, "LR");
    expect(performance.now() - started).toBeLessThan(1_000);
    const seen = new Set<string>();
    for (const n of many) {
      const p = positions.get(n.id);
      const band = bands.find((b) => b.stage === n.lane);
      expect(p && band && p.x >= band.x && p.x + n.width <= band.x + band.width && p.y + n.height <= band.y + band.height).toBe(true);
      seen.add(`${p?.x},${p?.y}`);
    }
    expect(seen.size).toBe(many.length);
  });
});
