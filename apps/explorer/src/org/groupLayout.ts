import type { Bundle } from "./bundle.ts";

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** A collapsed team: its name, its counts, its badge. */
export const COLLAPSED: Size = { width: 260, height: 88 };
/** A role or artifact inside an open team. */
export const MEMBER: Size = { width: 184, height: 40 };
const HEADER = 84; // the team's name and counts above its members
const PAD = 14;
const ROW = MEMBER.height + 8;
const GAP = { x: 120, y: 56 }; // between groups: room for edges and their count labels

/** An open team: roles in the left column, what it shares in the right one. */
export function openSize(roles: number, artifacts: number): Size {
  const rows = Math.max(1, roles, artifacts);
  return { width: 2 * MEMBER.width + 3 * PAD, height: HEADER + rows * ROW + PAD };
}

/** Where an open team's members sit, relative to the team's corner. */
export function memberPosition(column: "roles" | "artifacts", index: number): Point {
  return { x: PAD + (column === "roles" ? 0 : MEMBER.width + PAD), y: HEADER + index * ROW };
}

/**
 * Teams in the order context flows: every team after the teams it reads from where the
 * dependencies allow (Kahn's order); a cycle is broken at the team with the fewest unplaced
 * suppliers and the most readers. Linear in teams and bundles apart from the cycle breaks.
 */
export function orderTeams(teams: readonly string[], bundles: readonly Bundle[]): string[] {
  const known = new Set(teams);
  const suppliers = new Map(teams.map((t) => [t, new Set<string>()]));
  const customers = new Map(teams.map((t) => [t, new Set<string>()]));
  for (const b of bundles) {
    if (!known.has(b.from) || !known.has(b.to)) continue;
    suppliers.get(b.to)?.add(b.from);
    customers.get(b.from)?.add(b.to);
  }
  const waiting = new Map(teams.map((t) => [t, suppliers.get(t)?.size ?? 0]));
  const placed = new Set<string>();
  const order: string[] = [];
  const ready = teams.filter((t) => waiting.get(t) === 0);
  while (order.length < teams.length) {
    let next = ready.shift();
    if (next === undefined) {
      // A cycle: break it at the team that waits for the fewest others and, of those, that
      // the most others read from: it is more a supplier than a reader.
      let best: string | undefined;
      const rank = (t: string) => (waiting.get(t) ?? 0) * (teams.length + 1) - (customers.get(t)?.size ?? 0);
      for (const t of teams) if (!placed.has(t) && (best === undefined || rank(t) < rank(best))) best = t;
      next = best;
    }
    if (next === undefined || placed.has(next)) continue;
    placed.add(next);
    order.push(next);
    for (const c of customers.get(next) ?? []) {
      const left = (waiting.get(c) ?? 0) - 1;
      waiting.set(c, left);
      if (left === 0 && !placed.has(c)) ready.push(c);
    }
  }
  return order;
}

/** Columns for n groups so the grid is about as wide as a landscape screen is. */
export const columnsFor = (n: number): number => Math.max(1, Math.ceil(Math.sqrt(n * 1.6)));

/**
 * Groups on a grid, row by row in the given order: each column as wide as its widest group,
 * each row as tall as its tallest, so an opened team pushes its neighbours aside and never
 * covers them. Linear in groups: it runs on every expand, at 100 teams too.
 */
export function gridLayout(groups: readonly ({ id: string } & Size)[], columns = columnsFor(groups.length)): Map<string, Point> {
  const widths = new Array<number>(columns).fill(0);
  const heights: number[] = [];
  groups.forEach((g, i) => {
    const c = i % columns;
    const r = Math.floor(i / columns);
    widths[c] = Math.max(widths[c] ?? 0, g.width);
    heights[r] = Math.max(heights[r] ?? 0, g.height);
  });
  const xs = [0];
  for (let c = 1; c < columns; c++) xs[c] = (xs[c - 1] ?? 0) + (widths[c - 1] ?? 0) + GAP.x;
  const ys = [0];
  for (let r = 1; r < heights.length; r++) ys[r] = (ys[r - 1] ?? 0) + (heights[r - 1] ?? 0) + GAP.y;
  const out = new Map<string, Point>();
  groups.forEach((g, i) => out.set(g.id, { x: xs[i % columns] ?? 0, y: ys[Math.floor(i / columns)] ?? 0 }));
  return out;
}

/**
 * Each team's layer: one more than the deepest team it reads from that comes before it in
 * `order` (reads against the order, the cycles' back edges, are left out). Layer 0 reads from
 * nobody placed before it.
 */
export function layersOf(order: readonly string[], bundles: readonly Bundle[]): Map<string, number> {
  const at = new Map(order.map((t, i) => [t, i]));
  const suppliers = new Map<string, string[]>();
  for (const b of bundles) {
    const from = at.get(b.from);
    const to = at.get(b.to);
    if (from === undefined || to === undefined || from >= to) continue;
    suppliers.set(b.to, [...(suppliers.get(b.to) ?? []), b.from]);
  }
  const layer = new Map<string, number>();
  for (const t of order) layer.set(t, Math.max(-1, ...(suppliers.get(t) ?? []).map((s) => layer.get(s) ?? 0)) + 1);
  return layer;
}

/**
 * Teams in columns by layer, suppliers left of their readers, so bundles run left to right
 * between columns instead of through other teams; each column centred on the tallest. When
 * the layers would not fit a landscape screen (more layers than columnsFor allows, or one
 * layer taller than that), the grid instead: at organisation scale dependencies tangle.
 */
export function placeGroups(order: readonly string[], bundles: readonly Bundle[], sizeOf: (team: string) => Size): { at: Map<string, Point>; layered: boolean } {
  const layer = layersOf(order, bundles);
  const columns: string[][] = [];
  for (const t of order) {
    const l = layer.get(t) ?? 0;
    (columns[l] ??= []).push(t);
  }
  const limit = columnsFor(order.length);
  if (columns.length > limit || columns.some((c) => c.length > limit)) return { at: gridLayout(order.map((id) => ({ id, ...sizeOf(id) })), limit), layered: false };
  const heightOf = (c: readonly string[]) => c.reduce((sum, t) => sum + sizeOf(t).height, 0) + GAP.y * Math.max(0, c.length - 1);
  const tallest = Math.max(...columns.map(heightOf));
  const out = new Map<string, Point>();
  let x = 0;
  for (const column of columns) {
    let y = (tallest - heightOf(column)) / 2;
    for (const t of column) {
      out.set(t, { x, y });
      y += sizeOf(t).height + GAP.y;
    }
    x += Math.max(...column.map((t) => sizeOf(t).width)) + GAP.x;
  }
  return { at: out, layered: true };
}
