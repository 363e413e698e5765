import type { Direction } from "../state/view.ts";
import type { MeasuredNode } from "./metrics.ts";

export interface LabelRequest {
  id: string;
  source: string;
  target: string;
  text: string;
}
export type LabelSpot = { x: number; y: number; width: number; height: number };

/** map.css .edge-label: 12 px text; a character is about 0.6 em wide, plus the padding. */
export const LABEL_HEIGHT = 18;
export const labelWidth = (text: string): number => Math.ceil(text.length * 7.2) + 10;
/** Where along an edge a label may sit, best first: the middle, then outwards. */
const CANDIDATES = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88];

/** React Flow's bezier control offset (getBezierPath, curvature 0.25). */
const offset = (distance: number) => (distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance));

/** A point on the bezier React Flow draws between two handles. */
export function bezierAt(source: MeasuredNode, target: MeasuredNode, direction: Direction, t: number): { x: number; y: number } {
  const lr = direction === "LR";
  const s = lr ? { x: source.x + source.width, y: source.y + source.height / 2 } : { x: source.x + source.width / 2, y: source.y + source.height };
  const e = lr ? { x: target.x, y: target.y + target.height / 2 } : { x: target.x + target.width / 2, y: target.y };
  const c1 = lr ? { x: s.x + offset(e.x - s.x), y: s.y } : { x: s.x, y: s.y + offset(e.y - s.y) };
  const c2 = lr ? { x: e.x - offset(e.x - s.x), y: e.y } : { x: e.x, y: e.y - offset(e.y - s.y) };
  const u = 1 - t;
  const at = (a: number, b: number, c: number, d: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
  return { x: at(s.x, c1.x, c2.x, e.x), y: at(s.y, c1.y, c2.y, e.y) };
}

const overlaps = (a: LabelSpot, b: LabelSpot, gap = 2) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * Where each edge's label goes: the first point along its curve where the label covers no
 * node and no label placed before it. An edge with no such point gets no label on the map
 * (its tooltip and details still say it). Nodes are bucketed in a grid, so each candidate
 * looks only at the nodes near it.
 */
export function placeLabels(requests: readonly LabelRequest[], nodes: readonly MeasuredNode[], direction: Direction): Map<string, LabelSpot> {
  const CELL = 256;
  const grid = new Map<string, LabelSpot[]>();
  const cells = (b: LabelSpot) => {
    const keys: string[] = [];
    for (let gx = Math.floor(b.x / CELL); gx <= Math.floor((b.x + b.width) / CELL); gx += 1) {
      for (let gy = Math.floor(b.y / CELL); gy <= Math.floor((b.y + b.height) / CELL); gy += 1) keys.push(`${gx},${gy}`);
    }
    return keys;
  };
  const add = (b: LabelSpot) => {
    for (const key of cells(b)) grid.set(key, [...(grid.get(key) ?? []), b]);
  };
  const free = (b: LabelSpot) => cells(b).every((key) => (grid.get(key) ?? []).every((o) => !overlaps(o, b)));
  for (const n of nodes) add(n);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = new Map<string, LabelSpot>();
  for (const r of requests) {
    const source = byId.get(r.source);
    const target = byId.get(r.target);
    if (source === undefined || target === undefined) continue;
    const width = labelWidth(r.text);
    for (const t of CANDIDATES) {
      const p = bezierAt(source, target, direction, t);
      const spot = { x: p.x - width / 2, y: p.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
      if (!free(spot)) continue;
      placed.set(r.id, spot);
      add(spot);
      break;
    }
  }
  return placed;
}
