export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
export interface FrameOptions {
  /** Below this zoom nothing is framed whole: the view shows where to start reading instead. */
  minZoom: number;
  maxZoom: number;
  /** Room around the framed boxes, as a share of their size (as React Flow's fitView has it). */
  padding: number;
}

/** The smallest text a node draws (map.css: .node-sub, .chip, edge labels), in map pixels. */
export const SMALLEST_NODE_TEXT = 12;
/** The least text on screen a person reads at a glance at 1440x900 (issue 19). */
export const READABLE_TEXT = 11;
/**
 * No map is framed further out than this: every node's text stays 11 px or more on screen.
 * A map that does not fit opens on its first stages, readable, and people pan on from there.
 */
export const READABLE_ZOOM = Math.ceil((READABLE_TEXT / SMALLEST_NODE_TEXT) * 100) / 100;
const MARGIN = 24;
/**
 * Where every map starts, before it is laid out: how frame() opens a large map, so its first
 * drawing is already the right one (no zoom from 1, drawing labels and nodes it then drops).
 */
export const OPENING: Viewport = { x: MARGIN, y: MARGIN, zoom: READABLE_ZOOM };

export function boundsOf(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

const centre = (box: Box, zoom: number, screen: { width: number; height: number }): Viewport => ({
  x: screen.width / 2 - (box.x + box.width / 2) * zoom,
  y: screen.height / 2 - (box.y + box.height / 2) * zoom,
  zoom,
});

/** Shift a viewport so the map covers the screen where it can: no empty space past its edges. */
function within(v: Viewport, map: Box, screen: { width: number; height: number }): Viewport {
  const axis = (at: number, start: number, size: number, room: number) => {
    const most = MARGIN - start * v.zoom;
    const least = room - MARGIN - (start + size) * v.zoom;
    return least > most ? (least + most) / 2 : Math.min(most, Math.max(least, at));
  };
  return { x: axis(v.x, map.x, map.width, screen.width), y: axis(v.y, map.y, map.height, screen.height), zoom: v.zoom };
}

/**
 * The viewport that shows `boxes` whole if that is possible at `minZoom` or closer. If not:
 * the `anchor` (the focused node) at `minZoom`, as near the centre as the edges of `map` allow,
 * or without one the top left of the boxes (the first stage, where the lifecycle starts), so a
 * large map opens readable instead of as thousands of dots. Pure: the map hands it what React
 * Flow knows.
 */
export function frame(boxes: readonly Box[], anchor: Box | undefined, screen: { width: number; height: number }, options: FrameOptions, map?: Box): Viewport | undefined {
  const bounds = boundsOf(boxes);
  if (bounds === undefined || screen.width <= 0 || screen.height <= 0) return undefined;
  const pad = 1 + options.padding;
  const fit = Math.min(screen.width / (bounds.width * pad), screen.height / (bounds.height * pad), options.maxZoom);
  if (fit >= options.minZoom) return centre(bounds, fit, screen);
  const zoom = options.minZoom;
  if (anchor !== undefined) return map === undefined ? centre(anchor, zoom, screen) : within(centre(anchor, zoom, screen), map, screen);
  return { x: MARGIN - bounds.x * zoom, y: MARGIN - bounds.y * zoom, zoom };
}
