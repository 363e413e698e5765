import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { MapNode } from "../types.ts";
import { NodeFrame } from "./NodeFrame.tsx";

/** A Role OS: its name, its owner, and where in the lifecycle it leads, supports or consults. */
function RoleNodeView({ data }: NodeProps<MapNode>) {
  const owner = typeof data.node.data.owner === "string" ? data.node.data.owner : undefined;
  return (
    <NodeFrame data={data}>
      <div className="node-title">{data.node.label}</div>
      {owner !== undefined ? <div className="node-sub">{owner}</div> : null}
      {/* The role's row of the Role x Lifecycle matrix, one chip per stage in order (the legend says so). */}
      <div className="chips" aria-hidden="true">
        {data.chips.map((chip) => (
          <span key={chip.stage} className={`chip chip-${chip.engagement}`} title={`${chip.stageName}: ${chip.engagement === "none" ? "not engaged" : chip.engagement}`}>
            {chip.letter}
          </span>
        ))}
      </div>
    </NodeFrame>
  );
}

export const RoleNode = memo(RoleNodeView);
