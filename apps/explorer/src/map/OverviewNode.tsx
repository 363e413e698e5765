import { MiniMapNode, type MiniMapNodeProps } from "@xyflow/react";
import { memo } from "react";

/**
 * A large map's minimap: the stage bands and the roles only. Two thousand rectangles were
 * repainted on every step of a pan, and at that size they read as a grey texture anyway.
 */
function OverviewNodeView(props: MiniMapNodeProps) {
  if (props.id.startsWith("lane:")) return <MiniMapNode {...props} color="#e4e5df" />;
  return props.id.startsWith("role:") ? <MiniMapNode {...props} /> : null;
}

export const OverviewNode = memo(OverviewNodeView);
