import type { EdgeTypes } from "@xyflow/react";
import { FlowEdge } from "./FlowEdge.tsx";

// At module scope, like nodeTypes: a new object per render would remount every edge.
export const edgeTypes: EdgeTypes = { flow: FlowEdge };
