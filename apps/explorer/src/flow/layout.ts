import type { ElkNode } from "elkjs/lib/elk-api.js";
import type { Direction } from "../state/view.ts";
import type { StageInfo } from "./lanes.ts";

export interface LayoutNode {
  id: string;
  lane: string;
  width: number;
  height: number;
}
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
}
export interface Band {
  stage: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
}
export interface Layout {
  positions: Map<string, { x: number; y: number }>;
  bands: Band[];
}

const PAD = 28; // inside a band, around its nodes
const GAP = 16; // between bands
const TITLE = 52; // room for the band's title above (LR) or beside (TB) its nodes
const EMPTY = 140; // a stage with nothing shown still gets a band: the lifecycle stays whole

/** Runs ELK on a graph: in this thread by default, in a Web Worker in the explorer (elkWorker.ts). */
export type Elk = (graph: ElkNode) => Promise<ElkNode>;

/** ELK in this thread, loaded on first use: its 1.5 MB are not parsed before a large map's first paint. */
export const elkInThread: Elk = async (graph) => {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  return new ELK().layout(graph);
};

const WITHIN_STAGE = new Set(["produces", "owns"]);

/** ELK's options for the map: exported so the layout-quality test measures exactly these. */
export const ELK_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.partitioning.activate": "true",
  "elk.separateConnectedComponents": "false",
  "elk.spacing.nodeNode": "18",
  "elk.layered.spacing.nodeNodeBetweenLayers": "48",
  // Network simplex straightens chains of nodes: shorter edges than Brandes-Koepf's
  // (test/layout-quality.test.ts measures both on the example teams).
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
};

/**
 * The edges ELK orders the map by (all are drawn). Feedback edges (to an earlier stage) are
 * turned round rather than left out: they still pull their two ends towards each other when
 * ELK orders each column, which is where most crossings were. Inside a
 * stage only a role's own outputs and agents sit a step after it: letting every within-stage
 * flow add a layer made the DPOS map 7x wider than tall, unreadable at any zoom.
 */
export function shapingEdges(edges: readonly LayoutEdge[], laneOf: ReadonlyMap<string, number>): LayoutEdge[] {
  return edges.flatMap((e) => {
    const from = laneOf.get(e.source);
    const to = laneOf.get(e.target);
    if (from === undefined || to === undefined || e.source === e.target) return [];
    if (from < to || (from === to && WITHIN_STAGE.has(e.kind))) return [e];
    return from > to ? [{ ...e, source: e.target, target: e.source }] : [];
  });
}

/**
 * Layered layout with one partition per stage, so the lifecycle reads in order; then every
 * stage is packed into its own band.
 */
export async function layout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], stages: readonly StageInfo[], direction: Direction, elk: Elk = elkInThread): Promise<Layout> {
  if (nodes.length > LARGE_MAP) return packBands(nodes, gridPositions(nodes, stages, direction), stages, direction);
  const order = new Map(stages.map((s, i) => [s.id, i]));
  const laneOf = new Map(nodes.map((n) => [n.id, order.get(n.lane) ?? 0]));
  const graph: ElkNode = {
    id: "root",
    layoutOptions: { ...ELK_OPTIONS, "elk.direction": direction === "LR" ? "RIGHT" : "DOWN" },
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height, layoutOptions: { "elk.partitioning.partition": String(laneOf.get(n.id) ?? 0) } })),
    edges: shapingEdges(edges, laneOf).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const result = await elk(graph);
  const raw = new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  return packBands(nodes, raw, stages, direction);
}

/**
 * Above this many nodes the map is a grid per stage. ELK's partitioning ties every node of a
 * stage to every node of the next, so its layered layout grows with the square of a stage's
 * size: 12 s for a 500-node map in Chromium, minutes for 2,000 (bench/, docs/performance.md).
 */
export const LARGE_MAP = 120;
const KIND_ORDER = ["role", "agent", "contract", "artifact"];

/**
 * A large map's raw positions, in linear time: in every stage, roles, then agents, contracts
 * and artifacts (document order within a kind), in columns of at most √n nodes; each kind
 * starts a column. packBands then lays the stages out side by side as for ELK's positions.
 */
export function gridPositions(nodes: readonly LayoutNode[], stages: readonly StageInfo[], direction: Direction): Map<string, { x: number; y: number }> {
  const lr = direction === "LR";
  const rows = Math.max(6, Math.ceil(Math.sqrt(nodes.length)));
  const step = { main: Math.max(...nodes.map((n) => (lr ? n.width : n.height))) + 48, cross: Math.max(...nodes.map((n) => (lr ? n.height : n.width))) + 18 };
  const kindOf = (n: LayoutNode) => {
    const kind = KIND_ORDER.indexOf(n.id.slice(0, n.id.indexOf(":")));
    return kind === -1 ? KIND_ORDER.length : kind;
  };
  const raw = new Map<string, { x: number; y: number }>();
  for (const stage of stages) {
    const members = nodes.filter((n) => n.lane === stage.id).map((n, i) => ({ n, i })).sort((a, b) => kindOf(a.n) - kindOf(b.n) || a.i - b.i);
    let column = 0;
    let row = 0;
    let kind = -1;
    for (const { n } of members) {
      if (row === rows || (kind !== -1 && kindOf(n) !== kind)) {
        column += 1;
        row = 0;
      }
      kind = kindOf(n);
      const main = column * step.main;
      const cross = row * step.cross;
      raw.set(n.id, lr ? { x: main, y: cross } : { x: cross, y: main });
      row += 1;
    }
  }
  return raw;
}

/** Shift each stage's nodes along the main axis so stages never overlap, and draw a band per stage. */
export function packBands(nodes: readonly LayoutNode[], raw: Map<string, { x: number; y: number }>, stages: readonly StageInfo[], direction: Direction): Layout {
  const lr = direction === "LR";
  const main = (p: { x: number; y: number }) => (lr ? p.x : p.y);
  const cross = (p: { x: number; y: number }) => (lr ? p.y : p.x);
  const mainSize = (n: LayoutNode) => (lr ? n.width : n.height);
  const crossSize = (n: LayoutNode) => (lr ? n.height : n.width);

  let crossMin = Infinity;
  let crossMax = -Infinity;
  for (const n of nodes) {
    const p = raw.get(n.id) ?? { x: 0, y: 0 };
    crossMin = Math.min(crossMin, cross(p));
    crossMax = Math.max(crossMax, cross(p) + crossSize(n));
  }
  if (!Number.isFinite(crossMin)) [crossMin, crossMax] = [0, 200];

  const positions = new Map<string, { x: number; y: number }>();
  const bands: Band[] = [];
  let cursor = 0;
  for (const stage of stages) {
    const members = nodes.filter((n) => n.lane === stage.id);
    const start = Math.min(...members.map((n) => main(raw.get(n.id) ?? { x: 0, y: 0 })));
    const end = Math.max(...members.map((n) => main(raw.get(n.id) ?? { x: 0, y: 0 }) + mainSize(n)));
    const extent = members.length === 0 ? EMPTY : end - start + 2 * PAD;
    for (const n of members) {
      const p = raw.get(n.id) ?? { x: 0, y: 0 };
      const along = cursor + PAD + main(p) - start;
      const across = cross(p) - crossMin + TITLE + PAD;
      positions.set(n.id, lr ? { x: along, y: across } : { x: across, y: along });
    }
    const breadth = crossMax - crossMin + TITLE + 2 * PAD;
    bands.push(
      lr
        ? { stage: stage.id, title: stage.name, x: cursor, y: 0, width: extent, height: breadth, count: members.length }
        : { stage: stage.id, title: stage.name, x: 0, y: cursor, width: breadth, height: extent, count: members.length },
    );
    cursor += extent + GAP;
  }
  return { positions, bands };
}
