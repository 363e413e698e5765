import type { NodeTypes } from "@xyflow/react";
import { AgentNode } from "./AgentNode.tsx";
import { ArtifactNode } from "./ArtifactNode.tsx";
import { ContractNode } from "./ContractNode.tsx";
import { LaneNode } from "./LaneNode.tsx";
import { RoleNode } from "./RoleNode.tsx";

// At module scope: a new object per render would make React Flow remount every node.
export const nodeTypes: NodeTypes = {
  role: RoleNode,
  artifact: ArtifactNode,
  agent: AgentNode,
  contract: ContractNode,
  lane: LaneNode,
};
