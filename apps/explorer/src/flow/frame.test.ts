import { describe, expect, it } from "vitest";
import { OPENING, READABLE_ZOOM, boundsOf, frame } from "./frame.ts";

const screen = { width: 1000, height: 800 };
const options = { minZoom: READABLE_ZOOM, maxZoom: 1, padding: 0 };
const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe("frame", () => {
  it("centres what fits, no closer than maxZoom", () => {
    const v = frame([box(0, 0), box(400, 300)], undefined, screen, options);
    expect(v).toEqual({ x: 250, y: 225, zoom: 1 });
  });

  it("zooms out as far as minZoom to show everything", () => {
    const v = frame([box(0, 0), box(980, 0)], undefined, screen, options);
    expect(v?.zoom).toBeCloseTo(1000 / 1080);
    expect(v?.x).toBeCloseTo(0);
  });

  it("never frames so far out that 12 px node text is under 11 px on screen", () => {
    expect(READABLE_ZOOM * 12).toBeGreaterThanOrEqual(11);
    expect(frame([box(0, 0), box(3000, 1500)], undefined, screen, options)?.zoom).toBe(READABLE_ZOOM);
  });

  it("opens a map too large to read whole at its top left, readable", () => {
    const v = frame([box(0, 0), box(20_000, 9_000)], undefined, screen, options);
    expect(v).toEqual({ x: 24, y: 24, zoom: READABLE_ZOOM });
    // The map starts there, before layout: its first drawing is already this one.
    expect(OPENING).toEqual(v);
  });

  it("centres the focus, readable, when its neighbourhood is too wide to frame", () => {
    const focus = box(10_000, 4_000);
    const v = frame([box(0, 0), focus, box(20_000, 9_000)], focus, screen, options);
    expect(v?.zoom).toBe(READABLE_ZOOM);
    // The focus's centre lands on the screen's centre.
    expect((v?.x ?? 0) + 10_050 * READABLE_ZOOM).toBeCloseTo(500);
    expect((v?.y ?? 0) + 4_025 * READABLE_ZOOM).toBeCloseTo(400);
  });

  it("keeps a focus near the map's edge on screen without showing empty space past the edge", () => {
    const focus = box(0, 0);
    const map = box(0, 0, 20_000, 9_000);
    const v = frame([focus, box(20_000, 9_000)], focus, screen, options, map);
    expect(v).toEqual({ x: 24, y: 24, zoom: READABLE_ZOOM });
    const last = box(19_900, 8_950);
    const w = frame([box(0, 0), last], last, screen, options, map);
    // The map's bottom right corner sits at the screen's, less the margin.
    expect((w?.x ?? 0) + 20_000 * READABLE_ZOOM).toBeCloseTo(1000 - 24);
    expect((w?.y ?? 0) + 9_000 * READABLE_ZOOM).toBeCloseTo(800 - 24);
  });

  it("has nothing to frame without boxes or a screen", () => {
    expect(frame([], undefined, screen, options)).toBeUndefined();
    expect(frame([box(0, 0)], undefined, { width: 0, height: 0 }, options)).toBeUndefined();
    expect(boundsOf([box(-10, 5, 20, 20), box(30, -5)])).toEqual({ x: -10, y: -5, width: 140, height: 50 });
  });
});
