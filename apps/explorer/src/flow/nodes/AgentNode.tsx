import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { MapNode } from "../types.ts";
import { NodeFrame } from "./NodeFrame.tsx";

/** An AI assistant of a role; write access is marked, because that is where damage happens. */
function AgentNodeView({ data }: NodeProps<MapNode>) {
  const access = typeof data.node.data.access === "string" ? data.node.data.access : "read-only";
  const mode = typeof data.node.data.mode === "string" ? data.node.data.mode : undefined;
  return (
    <NodeFrame data={data} className={access === "write" ? "is-write" : ""}>
      <div className="node-title clamp">{data.node.label}</div>
      <div className="node-sub">
        {access}
        {mode !== undefined ? ` · ${mode}` : ""}
      </div>
    </NodeFrame>
  );
}

export const AgentNode = memo(AgentNodeView);
