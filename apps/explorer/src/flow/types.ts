import type { CompositionNode, NodeKind } from "@rolegraph/schema";
import type { Edge, Node } from "@xyflow/react";
import type { Direction } from "../state/view.ts";
import type { Relation } from "./focus.ts";

export interface Chip {
  stage: string;
  stageName: string;
  /** L, S or C: lead, support, consult. */
  letter: string;
  engagement: string;
}

export type MapNodeData = {
  node: CompositionNode;
  lane: string;
  direction: Direction;
  relation: Relation | undefined;
  dimmed: boolean;
  chips: Chip[];
};

export type LaneNodeData = { title: string; count: number; direction: Direction };

export type MapNode = Node<MapNodeData, NodeKind>;
export type LaneNode = Node<LaneNodeData, "lane">;
export type AnyNode = MapNode | LaneNode;
export type MapEdge = Edge<{ kind: string }>;

/** Fixed sizes: elk needs them before React has measured anything. */
export const NODE_SIZE: Record<NodeKind, { width: number; height: number }> = {
  role: { width: 216, height: 86 },
  artifact: { width: 196, height: 54 },
  agent: { width: 176, height: 48 },
  contract: { width: 196, height: 60 },
};
