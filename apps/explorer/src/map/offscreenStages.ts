import type { Direction } from "../state/view.ts";

/** A stage's lane in map pixels, as React Flow places it. */
export interface LaneBox {
  id: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Offscreen {
  /** Lanes wholly before the view (left of it, or above it top to bottom), in stage order. */
  before: LaneBox[];
  /** Lanes whose start is past the view's end, in stage order. */
  after: LaneBox[];
}

/** Less than this much of a lane on screen does not show its title: it counts as off screen. */
const VISIBLE = 48;
/** Where a lane lands when its chip is clicked: its start this far inside the view. */
const MARGIN = 24;

/**
 * Which stages a person cannot see from where the map is: at reading zoom a team's later
 * stages lie past the canvas (and further still beside a side panel), so their lanes and
 * titles are off screen. Lanes run along the flow: left to right, a lane is a column.
 */
export function offscreenStages(lanes: readonly LaneBox[], transform: readonly [number, number, number], size: { width: number; height: number }, direction: Direction): Offscreen {
  const [tx, ty, zoom] = transform;
  const across = direction === "LR";
  const extent = across ? size.width : size.height;
  const before: LaneBox[] = [];
  const after: LaneBox[] = [];
  for (const lane of lanes) {
    const start = (across ? lane.x : lane.y) * zoom + (across ? tx : ty);
    const end = start + (across ? lane.width : lane.height) * zoom;
    if (start > extent - VISIBLE) after.push(lane);
    else if (end < VISIBLE) before.push(lane);
  }
  return { before, after };
}

/** The viewport that brings a lane's start into view, at the same zoom and the same cross position. */
export function viewportFor(lane: LaneBox, transform: readonly [number, number, number], direction: Direction): { x: number; y: number; zoom: number } {
  const [tx, ty, zoom] = transform;
  return direction === "LR" ? { x: MARGIN - lane.x * zoom, y: ty, zoom } : { x: tx, y: MARGIN - lane.y * zoom, zoom };
}
