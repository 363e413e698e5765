import type { CompositionNode, NodeKind } from "@rolegraph/schema";
import type { Edge, Node, NodeHandle } from "@xyflow/react";
import { Position } from "@xyflow/react";
import type { Direction } from "../state/view.ts";
import type { Relation } from "./focus.ts";

export interface Chip {
  stage: string;
  stageName: string;
  /** L, S or C: lead, support, consult. */
  letter: string;
  engagement: string;
}

/**
 * What a map node draws. Dimming is not here: while something is focused the canvas dims
 * every node that has no relation (one class on the map), so a click changes the data of
 * the highlighted nodes only, and only they re-render.
 */
export type MapNodeData = {
  node: CompositionNode;
  lane: string;
  direction: Direction;
  relation: Relation | undefined;
  chips: Chip[];
};

/** `leaderless`: the gap report says no role leads this stage; the lane says so. */
export type LaneNodeData = { title: string; count: number; direction: Direction; leaderless: boolean };

export type MapNode = Node<MapNodeData, NodeKind>;
export type LaneNode = Node<LaneNodeData, "lane">;
export type AnyNode = MapNode | LaneNode;
/**
 * `lit`: the edge explains the focus. `title`: the edge in words (tooltip, details). `text`:
 * its short label (cadence, contract state), drawn at `spot` when placeLabels found room.
 */
export type MapEdgeData = { kind: string; lit: boolean; title: string; text?: string; spot?: { x: number; y: number; width: number; height: number } };
export type MapEdge = Edge<MapEdgeData, "flow">;

/** Fixed sizes: elk needs them before React has measured anything. */
export const NODE_SIZE: Record<NodeKind, { width: number; height: number }> = {
  // Heights hold two lines of title and one of detail (map.css): a two-line title no longer
  // runs into the line below it.
  role: { width: 216, height: 96 },
  artifact: { width: 196, height: 66 },
  agent: { width: 184, height: 66 },
  contract: { width: 204, height: 70 },
};

/** The handles' size in map.css (.react-flow__handle), centred on the node's border. */
const HANDLE = 4;

/**
 * Where NodeFrame's two handles sit, known before a node is drawn: React Flow can then route
 * an edge to a node that was never rendered, and skip rendering every node once to measure it
 * (it otherwise does, even with onlyRenderVisibleElements).
 */
export function handlesOf(kind: NodeKind, direction: Direction): NodeHandle[] {
  const { width, height } = NODE_SIZE[kind];
  const half = HANDLE / 2;
  return direction === "LR"
    ? [
        { type: "target", position: Position.Left, x: -half, y: height / 2 - half, width: HANDLE, height: HANDLE },
        { type: "source", position: Position.Right, x: width - half, y: height / 2 - half, width: HANDLE, height: HANDLE },
      ]
    : [
        { type: "target", position: Position.Top, x: width / 2 - half, y: -half, width: HANDLE, height: HANDLE },
        { type: "source", position: Position.Bottom, x: width / 2 - half, y: height - half, width: HANDLE, height: HANDLE },
      ];
}
