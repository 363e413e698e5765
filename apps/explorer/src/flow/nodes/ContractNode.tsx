import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { MapNode } from "../types.ts";
import { NodeFrame } from "./NodeFrame.tsx";

const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** A handoff contract: how many of its gates can actually be checked, and how the last handoff went. */
function ContractNodeView({ data }: NodeProps<MapNode>) {
  const gates = num(data.node.data.gates);
  const checkable = num(data.node.data.checkable);
  const last = data.node.data.lastPassed;
  const state = last === true ? "passed" : last === false ? "failed" : "none";
  return (
    <NodeFrame data={data} className={`last-${state}`}>
      <div className="node-title clamp">{data.node.label}</div>
      <div className="node-sub">
        {gates !== undefined ? `${checkable ?? "?"}/${gates} gates checkable` : "contract"}
        <span className={`pass pass-${state}`}>{state === "passed" ? " · passed" : state === "failed" ? " · failed" : ""}</span>
      </div>
    </NodeFrame>
  );
}

export const ContractNode = memo(ContractNodeView);
