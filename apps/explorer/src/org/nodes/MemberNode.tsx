import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { ArtifactMemberNode as ArtifactMemberType, RoleMemberNode as RoleMemberType } from "../types.ts";

/** A role inside an open team: context arrives on its left. A click opens its team's map on it. */
function RoleMemberView({ data }: NodeProps<RoleMemberType>) {
  return (
    <div className={`org-member org-role${data.relation !== undefined ? " is-lit" : ""}`} data-kind="role" data-entity={`${data.team}/${data.id}`} data-relation={data.relation ?? ""} title={`${data.name} (${data.team}): open on the team's map`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="org-member-name">{data.name}</span>
    </div>
  );
}

/**
 * An artifact the team shares: context leaves on its right. Read by other teams without being
 * published, it is drawn open-edged: an unpublished dependency. A click focuses its impact.
 */
function ArtifactMemberView({ data }: NodeProps<ArtifactMemberType>) {
  const lit = data.relation === "focus" ? " is-focus" : data.relation !== undefined ? " is-lit" : "";
  return (
    <div className={`org-member org-artifact${data.published ? "" : " is-unpublished"}${lit}`} data-kind="artifact" data-entity={`${data.team}/${data.id}`} data-relation={data.relation ?? ""} title={`${data.name}${data.published ? "" : " (not published)"}: show its impact across teams`}>
      <span className="org-member-name">{data.name}</span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const RoleMemberNode = memo(RoleMemberView);
export const ArtifactMemberNode = memo(ArtifactMemberView);
