import { BaseEdge, getBezierPath, useStore, type EdgeProps } from "@xyflow/react";
import { createContext, memo, useContext } from "react";
import type { MapEdge } from "../types.ts";

/**
 * From this zoom on a large map draws every edge; further out only lit ones. Above the opening
 * zoom (READABLE_ZOOM, 0.92): at 2,000 nodes the opening view drew 470 edges at 0.92, which is
 * what an opening at 0.6 had avoided (bench: interactive 4.3 s on a loaded machine).
 */
export const LABEL_ZOOM = 1;

/**
 * True on a large map: further out than LABEL_ZOOM only lit edges are drawn. Thousands of
 * edges crossing the screen are no information at that distance, and painting them was most
 * of what panning cost (15 s of paint for a 30-step pan at 2,000 nodes, 4 s without them).
 */
export const SparseEdges = createContext(false);

const closeEnough = (s: { transform: [number, number, number] }) => s.transform[2] >= LABEL_ZOOM;

/**
 * A map edge: React Flow's bezier, with a tooltip that says it in words, and its label (cadence,
 * contract state) only where placeLabels found room off every node: lit edges explain a focus.
 */
function FlowEdgeView({ data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, interactionWidth }: EdgeProps<MapEdge>) {
  const close = useStore(closeEnough);
  const sparse = useContext(SparseEdges);
  const lit = data?.lit === true;
  if (sparse && !close && !lit) return null;
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const spot = data?.spot;
  return (
    <>
      <BaseEdge path={path} {...(markerEnd === undefined ? {} : { markerEnd })} {...(style === undefined ? {} : { style })} {...(interactionWidth === undefined ? {} : { interactionWidth })} />
      {data?.title !== undefined ? <title>{data.title}</title> : null}
      {spot !== undefined && data?.text !== undefined ? (
        <g className="edge-label" transform={`translate(${spot.x} ${spot.y})`}>
          <rect width={spot.width} height={spot.height} rx={3} />
          <text x={spot.width / 2} y={spot.height / 2} dominantBaseline="central" textAnchor="middle">{data.text}</text>
        </g>
      ) : null}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
