import { BezierEdge, useStore, type EdgeProps } from "@xyflow/react";
import { createContext, memo, useContext } from "react";
import type { MapEdge } from "../types.ts";

/** From this zoom on, every edge says its cadence or contract state; further out only lit ones do. */
export const LABEL_ZOOM = 0.75;

/**
 * True on a large map: further out than LABEL_ZOOM only lit edges are drawn. Thousands of
 * edges crossing the screen are no information at that distance, and painting them was most
 * of what panning cost (15 s of paint for a 30-step pan at 2,000 nodes, 4 s without them).
 */
export const SparseEdges = createContext(false);

const closeEnough = (s: { transform: [number, number, number] }) => s.transform[2] >= LABEL_ZOOM;

/**
 * A map edge: React Flow's bezier, with its label drawn only where it can be read (zoomed in,
 * or lit by the focus). A label is an SVG text React Flow measures with getBBox as it mounts:
 * thousands of hidden ones cost a layout each.
 */
function FlowEdgeView({ data, label, ...props }: EdgeProps<MapEdge>) {
  const close = useStore(closeEnough);
  const sparse = useContext(SparseEdges);
  const lit = data?.lit === true;
  if (sparse && !close && !lit) return null;
  return <BezierEdge {...props} label={close || lit ? label : undefined} />;
}

export const FlowEdge = memo(FlowEdgeView);
