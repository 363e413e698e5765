import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo, type MouseEvent } from "react";
import { useOrgStore } from "../orgStore.ts";
import type { TeamNode as TeamNodeType } from "../types.ts";
import { TeamBadgeButton } from "./TeamBadgeButton.tsx";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * A team as a group: its name, its size and interface, who it reads from and who reads it,
 * its cross-team findings, and how far a focused artifact's impact reaches into it. A click
 * opens its own map (the canvas handles it); the arrow opens it here, members inside.
 */
function TeamNodeView({ data }: NodeProps<TeamNodeType>) {
  const toggleTeam = useOrgStore((s) => s.toggleTeam);
  const toggle = (event: MouseEvent) => {
    event.stopPropagation();
    toggleTeam(data.id);
  };
  const impact = data.impact;
  const state = `${data.open ? " is-open" : ""}${impact !== undefined ? " is-reached" : ""}${data.holdsFocus ? " holds-focus" : ""}`;
  return (
    <div className={`org-team${state}`} data-team={data.id} data-open={data.open ? "true" : "false"} data-impact-roles={impact?.roles ?? 0} title={`${data.name}: click to open its map`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="org-team-head">
        <button type="button" className="org-toggle nodrag" onClick={toggle} aria-expanded={data.open} aria-label={`${data.open ? "Close" : "Open"} ${data.name} here`} title={data.open ? "Close: show the team as one box" : "Open: show its roles and what it shares"}>
          {data.open ? "▾" : "▸"}
        </button>
        <div className="org-team-name">{data.name}</div>
      </div>
      <div className="org-team-sub">{plural(data.roles, "role")} · {data.shared} shared</div>
      <div className="org-team-sub">reads {plural(data.dependsOn, "team")} · read by {data.dependents}</div>
      {impact !== undefined ? <div className="org-team-impact">{impact.roles > 0 ? `${plural(impact.roles, "role")} reached` : `${plural(impact.artifacts, "artifact")} reached`}</div> : null}
      {data.badge !== undefined ? <TeamBadgeButton team={data.id} badge={data.badge} /> : null}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const TeamNode = memo(TeamNodeView);
