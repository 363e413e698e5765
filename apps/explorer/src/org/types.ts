import type { Edge, Node } from "@xyflow/react";
import type { TeamBadge } from "./badges.ts";
import type { OrgRelation } from "./impact.ts";

export type TeamNodeData = {
  id: string;
  name: string;
  open: boolean;
  roles: number;
  /** Artifacts other teams may read: published, or read anyway. */
  shared: number;
  /** Teams it reads from, teams that read from it. */
  dependsOn: number;
  dependents: number;
  badge: TeamBadge | undefined;
  /** While an artifact is focused: how much of this team its impact reaches. */
  impact: { roles: number; artifacts: number } | undefined;
  /** The focused artifact is this team's. */
  holdsFocus: boolean;
};

export type MemberNodeData = {
  team: string;
  id: string;
  name: string;
  published: boolean;
  relation: OrgRelation | undefined;
};

export type TeamNode = Node<TeamNodeData, "team">;
export type RoleMemberNode = Node<MemberNodeData, "orgRole">;
export type ArtifactMemberNode = Node<MemberNodeData, "orgArtifact">;
export type OrgNode = TeamNode | RoleMemberNode | ArtifactMemberNode;

/** A bundle (count of flows between two teams) or one flow of an opened bundle. */
export type OrgEdgeData = {
  kind: "bundle" | "flow";
  bundle: string;
  count: number;
  uncontracted: number;
  lit: boolean;
  label: string;
  /** A bundle's translation debt (the organisation's report, team-boundaries in @rolegraph/rules); undefined until the report is in. */
  debt: number | undefined;
  /** Where a backward edge runs: under the lower of its two teams (edgePath.ts). */
  under: number;
};
export type OrgEdge = Edge<OrgEdgeData, "org">;
