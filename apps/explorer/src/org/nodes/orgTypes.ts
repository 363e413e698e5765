import type { EdgeTypes, NodeTypes } from "@xyflow/react";
import { ArtifactMemberNode, RoleMemberNode } from "./MemberNode.tsx";
import { OrgEdge } from "./OrgEdge.tsx";
import { TeamNode } from "./TeamNode.tsx";

// At module scope: new objects per render would make React Flow remount every node and edge.
export const orgNodeTypes: NodeTypes = { team: TeamNode, orgRole: RoleMemberNode, orgArtifact: ArtifactMemberNode };
export const orgEdgeTypes: EdgeTypes = { org: OrgEdge };
