import { MarkerType } from "@xyflow/react";
import type { CompositionEdge, CompositionNode } from "@rolegraph/schema";
import type { Direction } from "../state/view.ts";
import type { Focus } from "./focus.ts";
import type { Graph } from "./graph.ts";
import type { StageInfo } from "./lanes.ts";
import { NODE_SIZE, type Chip, type MapEdge, type MapNode } from "./types.ts";
import type { Visibility } from "./visibility.ts";

export interface FlowInput {
  graph: Graph;
  stages: readonly StageInfo[];
  lanes: Map<string, string>;
  visibility: Visibility;
  focus: Focus | undefined;
  direction: Direction;
}

const LETTER: Record<string, string> = { lead: "L", support: "S", consult: "C" };

function chipsOf(node: CompositionNode, stages: readonly StageInfo[]): Chip[] {
  const engagement = node.engagement ?? {};
  return stages.flatMap((stage) => {
    const level = engagement[stage.id]?.toLowerCase();
    return level === undefined ? [] : [{ stage: stage.id, stageName: stage.name, letter: LETTER[level] ?? "?", engagement: level }];
  });
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

function edgeClass(edge: CompositionEdge, focus: Focus | undefined): string {
  const state = focus === undefined ? "" : focus.edges.has(edge.id) ? " is-lit" : " is-dim";
  const pass = edge.contract?.lastPassed === false ? " is-failed" : edge.contract?.lastPassed === true ? " is-passed" : "";
  return `edge-${edge.kind}${pass}${state}`;
}

/** The composition as React Flow nodes and edges, without positions: layout places them. */
export function toFlow({ graph, stages, lanes, visibility, focus, direction }: FlowInput): { nodes: MapNode[]; edges: MapEdge[] } {
  const nodes: MapNode[] = graph.nodes
    .filter((n) => visibility.nodes.has(n.id))
    .map((n) => {
      const relation = focus?.relations.get(n.id);
      return {
        id: n.id,
        type: n.kind,
        position: { x: 0, y: 0 },
        ...NODE_SIZE[n.kind],
        data: {
          node: n,
          lane: lanes.get(n.id) ?? "",
          direction,
          relation,
          dimmed: focus !== undefined && relation === undefined,
          chips: chipsOf(n, stages),
        },
      };
    });
  const edges: MapEdge[] = graph.edges
    .filter((e) => visibility.edges.has(e.id))
    .map((e) => {
      const label = edgeLabel(e, graph);
      const lit = focus?.edges.has(e.id) === true;
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        className: edgeClass(e, focus),
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
        zIndex: lit ? 1 : 0,
        data: { kind: e.kind },
        ...(label === undefined ? {} : { label, labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 3 }),
      };
    });
  return { nodes, edges };
}
