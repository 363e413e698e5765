import { Handle, Position } from "@xyflow/react";
import type { ReactNode } from "react";
import type { MapNodeData } from "../types.ts";
import { GapBadge } from "./GapBadge.tsx";

/**
 * What every map node shares: handles on the sides the layout flows through (where
 * handlesOf says they are), the focus relation as a class (the canvas dims the nodes without
 * one), the gap badge, and data attributes tests and CSS read.
 */
export function NodeFrame({ data, children, className = "" }: { data: MapNodeData; children: ReactNode; className?: string }) {
  const lr = data.direction === "LR";
  const { node, relation } = data;
  const state = relation === "focus" ? "is-focus" : relation !== undefined ? "is-lit" : "";
  return (
    <div
      className={`map-node kind-${node.kind} ${state} ${className}`}
      data-kind={node.kind}
      data-entity={node.entityId}
      data-relation={relation ?? ""}
      title={relation !== undefined && relation !== "focus" ? `${node.label} — ${relation}` : node.label}
    >
      <Handle type="target" position={lr ? Position.Left : Position.Top} isConnectable={false} />
      {children}
      {node.gaps !== undefined ? <GapBadge nodeId={node.id} gaps={node.gaps} /> : null}
      <Handle type="source" position={lr ? Position.Right : Position.Bottom} isConnectable={false} />
    </div>
  );
}
