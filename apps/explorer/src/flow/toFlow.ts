import { MarkerType } from "@xyflow/react";
import type { CompositionEdge, CompositionNode, NodeKind } from "@rolegraph/schema";
import type { Direction } from "../state/view.ts";
import type { Focus } from "./focus.ts";
import type { Graph } from "./graph.ts";
import type { StageInfo } from "./lanes.ts";
import { NODE_SIZE, handlesOf, type Chip, type MapEdge, type MapNode } from "./types.ts";
import type { Visibility } from "./visibility.ts";

export interface FlowInput {
  graph: Graph;
  stages: readonly StageInfo[];
  lanes: Map<string, string>;
  visibility: Visibility;
  focus: Focus | undefined;
  direction: Direction;
}

export interface Flow {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Nodes sit above every edge, lit ones (zIndex 1) included: a lit edge never covers a node's text or badge. */
const NODE_LAYER = 2;
const LETTER: Record<string, string> = { lead: "L", support: "S", consult: "C" };
const MARKER = { type: MarkerType.ArrowClosed, width: 14, height: 14 };

/** A role's row of the Role x Lifecycle matrix: one chip per stage, in order, blank where it does not engage. */
function chipsOf(node: CompositionNode, stages: readonly StageInfo[]): Chip[] {
  if (node.engagement === undefined) return [];
  const engagement = node.engagement;
  return stages.map((stage) => {
    const level = engagement[stage.id]?.toLowerCase();
    return { stage: stage.id, stageName: stage.name, letter: level === undefined ? "·" : (LETTER[level] ?? "?"), engagement: level ?? "none" };
  });
}

const KIND_WORD: Record<NodeKind, string> = { role: "Role", artifact: "Artifact", agent: "Agent", contract: "Handoff contract" };

/** What a screen reader says for a node: kind, name, owner, engagement, findings, how it relates to the focus. */
export function ariaLabelOf(n: CompositionNode, chips: readonly Chip[], relation: string | undefined): string {
  const parts = [`${KIND_WORD[n.kind]} ${n.label}`];
  if (typeof n.data.owner === "string") parts.push(`owned by ${n.data.owner}`);
  const engaged = chips.filter((c) => c.engagement !== "none").map((c) => `${c.engagement} in ${c.stageName}`);
  if (engaged.length > 0) parts.push(engaged.join(", "));
  if (n.data.external === true) parts.push("external input");
  const gaps = n.gaps === undefined ? 0 : n.gaps.error + n.gaps.warning + n.gaps.info;
  if (gaps > 0) parts.push(`${gaps} finding${gaps === 1 ? "" : "s"}`);
  if (relation !== undefined && relation !== "focus") parts.push(`highlighted: ${relation}`);
  if (relation === "focus") parts.push("focused");
  return parts.join("; ");
}

/** Flow edges say how often (cadence); contract edges say how checkable and how the last handoff went. */
export function edgeLabel(edge: CompositionEdge, graph: Graph): string | undefined {
  if (edge.kind === "handoff") {
    if (edge.contract === undefined || graph.byId.get(edge.target)?.kind === "role" && graph.byId.get(edge.source)?.kind === "contract") return undefined;
    const { gates, lastPassed } = edge.contract;
    const state = lastPassed === null ? "no handoff yet" : lastPassed ? "last passed" : "last failed";
    return `${gates} gate${gates === 1 ? "" : "s"} · ${state}`;
  }
  if (edge.kind === "produces" || edge.kind === "consumes") return edge.cadence ?? undefined;
  return undefined;
}

/** Unlit edges carry no focus class: the canvas dims them all at once while something is focused. */
function edgeClass(edge: CompositionEdge, lit: boolean): string {
  const pass = edge.contract?.lastPassed === false ? " is-failed" : edge.contract?.lastPassed === true ? " is-passed" : "";
  return `edge-${edge.kind}${pass}${lit ? " is-lit" : ""}`;
}

const sameEdge = (a: MapEdge, b: MapEdge): boolean =>
  a.source === b.source && a.target === b.target && a.className === b.className && a.data?.text === b.data?.text && a.data?.kind === b.data?.kind && a.data?.lit === b.data?.lit && a.data?.title === b.data?.title;

const VERB: Record<string, string> = { produces: "produces", consumes: "is consumed by", reads: "is read by", writes: "writes", "derived-from": "is the source of", owns: "owns", handoff: "hands off to" };

/** An edge as a sentence with names, never ids: its tooltip, its accessible name and its details. */
export function edgeTitle(edge: CompositionEdge, graph: Graph): string {
  const name = (id: string) => graph.byId.get(id)?.label ?? id;
  const label = edgeLabel(edge, graph);
  return `${name(edge.source)} ${VERB[edge.kind] ?? edge.kind} ${name(edge.target)}${label === undefined ? "" : ` · ${label}`}`;
}

/**
 * The composition as React Flow nodes and edges, without positions: layout places them.
 * Given the previous result, every node and edge that draws the same is that same object, so
 * React Flow and the memoized nodes skip them: a click re-renders what it highlights, not the map.
 */
export function toFlow({ graph, stages, lanes, visibility, focus, direction }: FlowInput, previous?: Flow & { stages: readonly StageInfo[] }): Flow {
  const before = previous !== undefined && previous.stages === stages ? previous : undefined;
  const oldNodes = new Map(before?.nodes.map((n) => [n.id, n]));
  const oldEdges = new Map(before?.edges.map((e) => [e.id, e]));
  const handles = new Map<NodeKind, MapNode["handles"]>();
  const nodes: MapNode[] = [];
  for (const n of graph.nodes) {
    if (!visibility.nodes.has(n.id)) continue;
    const old = oldNodes.get(n.id);
    const lane = lanes.get(n.id) ?? "";
    const relation = focus?.relations.get(n.id);
    if (old !== undefined && old.data.node === n && old.data.lane === lane && old.data.direction === direction && old.data.relation === relation) {
      nodes.push(old);
      continue;
    }
    const nodeHandles = handles.get(n.kind) ?? handlesOf(n.kind, direction);
    handles.set(n.kind, nodeHandles);
    const chips = old !== undefined && old.data.node === n ? old.data.chips : chipsOf(n, stages);
    // Measured up front too: React Flow's fitView (the controls' button) waits until every node
    // has been measured, and a large map never draws most of them.
    const size = NODE_SIZE[n.kind];
    nodes.push({ id: n.id, type: n.kind, position: { x: 0, y: 0 }, ...size, measured: size, handles: nodeHandles, ariaLabel: ariaLabelOf(n, chips, relation), zIndex: NODE_LAYER, data: { node: n, lane, direction, relation, chips } });
  }
  const edges: MapEdge[] = [];
  for (const e of graph.edges) {
    if (!visibility.edges.has(e.id)) continue;
    const label = edgeLabel(e, graph);
    const lit = focus?.edges.has(e.id) === true;
    const next: MapEdge = {
      id: e.id,
      type: "flow",
      source: e.source,
      target: e.target,
      className: edgeClass(e, lit),
      markerEnd: MARKER,
      zIndex: lit ? 1 : 0,
      data: { kind: e.kind, lit, title: edgeTitle(e, graph), ...(label === undefined ? {} : { text: label }) },
    };
    const old = oldEdges.get(e.id);
    edges.push(old !== undefined && sameEdge(old, next) ? old : next);
  }
  // Nothing changed, same array: React Flow then skips rebuilding its lookups (5,400 edges).
  return { nodes: before !== undefined && sameItems(before.nodes, nodes) ? before.nodes : nodes, edges: before !== undefined && sameItems(before.edges, edges) ? before.edges : edges };
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
