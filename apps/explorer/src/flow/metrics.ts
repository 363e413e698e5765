import type { Direction } from "../state/view.ts";

export interface MeasuredNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface MeasuredEdge {
  source: string;
  target: string;
}
export interface LayoutQuality {
  /** Pairs of edges that cross (sharing an end is not a crossing). */
  crossings: number;
  /** Sum of every edge's straight length, handle to handle, in map pixels. */
  length: number;
}

type Point = { x: number; y: number };

/** Where an edge leaves and enters a node: the middle of the side the layout flows through (types.ts handlesOf). */
export function ends(source: MeasuredNode, target: MeasuredNode, direction: Direction): [Point, Point] {
  return direction === "LR"
    ? [{ x: source.x + source.width, y: source.y + source.height / 2 }, { x: target.x, y: target.y + target.height / 2 }]
    : [{ x: source.x + source.width / 2, y: source.y + source.height }, { x: target.x + target.width / 2, y: target.y }];
}

const orientation = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));

/** Whether two segments cross at a point inside both (touching ends and collinear overlaps do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * How readable a laid-out map is, as graph drawing measures it: edge crossings and total edge
 * length, each edge drawn straight between its handles. The drawn beziers cross where these
 * segments do in all but near-parallel cases, which is what a comparison of layouts needs.
 */
export function layoutQuality(nodes: readonly MeasuredNode[], edges: readonly MeasuredEdge[], direction: Direction = "LR"): LayoutQuality {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const segments: { s: string; t: string; a: Point; b: Point }[] = [];
  let length = 0;
  for (const e of edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (source === undefined || target === undefined || e.source === e.target) continue;
    const [a, b] = ends(source, target, direction);
    length += Math.hypot(b.x - a.x, b.y - a.y);
    segments.push({ s: e.source, t: e.target, a, b });
  }
  let crossings = 0;
  for (let i = 0; i < segments.length; i += 1) {
    const p = segments[i];
    if (p === undefined) continue;
    for (let j = i + 1; j < segments.length; j += 1) {
      const q = segments[j];
      if (q === undefined || p.s === q.s || p.s === q.t || p.t === q.s || p.t === q.t) continue;
      if (segmentsCross(p.a, p.b, q.a, q.b)) crossings += 1;
    }
  }
  return { crossings, length: Math.round(length) };
}
