import { Position, type NodeHandle } from "@xyflow/react";
import type { Size } from "./groupLayout.ts";

const HANDLE = 4; // as map.css draws .react-flow__handle

/**
 * Handles known before anything is drawn, as on the team map: React Flow can route an edge
 * to a node it never rendered. In on the left, out on the right; `sides` leaves one out.
 */
export function sideHandles({ width, height }: Size, sides: "both" | "in" | "out"): NodeHandle[] {
  const half = HANDLE / 2;
  const handles: NodeHandle[] = [];
  if (sides !== "out") handles.push({ type: "target", position: Position.Left, x: -half, y: height / 2 - half, width: HANDLE, height: HANDLE });
  if (sides !== "in") handles.push({ type: "source", position: Position.Right, x: width - half, y: height / 2 - half, width: HANDLE, height: HANDLE });
  return handles;
}
