import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { MapNode } from "../types.ts";
import { NodeFrame } from "./NodeFrame.tsx";

/** A context product; external inputs (customers, the market) are drawn open-edged. */
function ArtifactNodeView({ data }: NodeProps<MapNode>) {
  const external = data.node.data.external === true;
  return (
    <NodeFrame data={data} className={external ? "is-external" : ""}>
      <div className="node-title clamp">{data.node.label}</div>
      {external ? <div className="node-sub">external input</div> : null}
    </NodeFrame>
  );
}

export const ArtifactNode = memo(ArtifactNodeView);
