import { BezierEdge, useStore, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { MapEdge } from "../types.ts";

/** From this zoom on, every edge says its cadence or contract state; further out only lit ones do. */
export const LABEL_ZOOM = 0.75;

const closeEnough = (s: { transform: [number, number, number] }) => s.transform[2] >= LABEL_ZOOM;

/**
 * A map edge: React Flow's bezier, with its label drawn only where it can be read (zoomed in,
 * or lit by the focus). A label is an SVG text React Flow measures with getBBox as it mounts:
 * thousands of hidden ones cost a layout each.
 */
function FlowEdgeView({ data, label, ...props }: EdgeProps<MapEdge>) {
  const close = useStore(closeEnough);
  return <BezierEdge {...props} label={close || data?.lit === true ? label : undefined} />;
}

export const FlowEdge = memo(FlowEdgeView);
