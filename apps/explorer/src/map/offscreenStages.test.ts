import { describe, expect, it } from "vitest";
import { offscreenStages, viewportFor, type LaneBox } from "./offscreenStages.ts";

// Six 500-px lanes side by side, as a team's stages lie left to right.
const lanes: LaneBox[] = ["Discover", "Decide", "Build", "Test", "Ship", "Evaluate"].map((title, i) => ({ id: `lane:${i}`, title, x: i * 500, y: 0, width: 500, height: 800 }));
const titles = (l: readonly LaneBox[]) => l.map((x) => x.title);

describe("offscreenStages", () => {
  it("names the stages past the end of a narrow canvas, and none when all fit", () => {
    const { before, after } = offscreenStages(lanes, [0, 0, 1], { width: 1000, height: 800 }, "LR");
    expect(titles(before)).toEqual([]);
    expect(titles(after)).toEqual(["Build", "Test", "Ship", "Evaluate"]);
    expect(offscreenStages(lanes, [0, 0, 0.3], { width: 1060, height: 800 }, "LR")).toEqual({ before: [], after: [] });
  });

  it("names the stages panned past on the left, and reads the other axis top to bottom", () => {
    expect(titles(offscreenStages(lanes, [-2000, 0, 1], { width: 1060, height: 800 }, "LR").before)).toEqual(["Discover", "Decide", "Build", "Test"]);
    const rows = lanes.map((l, i) => ({ ...l, x: 0, y: i * 500, width: 800, height: 500 }));
    expect(titles(offscreenStages(rows, [0, 0, 1], { width: 1400, height: 900 }, "TB").after)).toEqual(["Build", "Test", "Ship", "Evaluate"]);
  });

  it("brings a lane's start into view at the same zoom", () => {
    const ship = lanes[4];
    if (ship === undefined) throw new Error("no Ship lane");
    const v = viewportFor(ship, [0, -40, 0.92], "LR");
    expect(v).toEqual({ x: 24 - 2000 * 0.92, y: -40, zoom: 0.92 });
    expect(offscreenStages(lanes, [v.x, v.y, v.zoom], { width: 1060, height: 800 }, "LR").after).toEqual([]);
  });
});
