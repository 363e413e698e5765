import { useReactFlow, useStore as useFlowStore } from "@xyflow/react";
import { useMemo } from "react";
import type { AnyNode } from "../flow/types.ts";
import type { Direction } from "../state/view.ts";
import { offscreenStages, viewportFor, type LaneBox } from "./offscreenStages.ts";

/**
 * The stages whose lanes are off screen, named at the edge they lie past: at reading zoom a
 * team's later stages (DPOS's Ship and Evaluate) are beyond the canvas, the more so beside a
 * side panel. Each is a button that pans to its lane, so no stage is ever out of sight.
 */
export function OffscreenStages({ nodes, direction }: { nodes: readonly AnyNode[]; direction: Direction }) {
  const { setViewport } = useReactFlow();
  const transform = useFlowStore((s) => s.transform);
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const lanes = useMemo(() => nodes.flatMap((n): LaneBox[] => (n.type === "lane"
    ? [{ id: n.id, title: n.data.title, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }]
    : [])), [nodes]);
  const { before, after } = offscreenStages(lanes, transform, { width, height }, direction);
  if (before.length === 0 && after.length === 0) return null;
  const side = (list: LaneBox[], where: "before" | "after") => list.length === 0 ? null : (
    <div className={`offscreen-stages offscreen-${where} offscreen-${direction}`} role="group" aria-label={`Stages off screen ${where === "before" ? (direction === "LR" ? "to the left" : "above") : (direction === "LR" ? "to the right" : "below")}`}>
      {list.map((lane) => (
        <button key={lane.id} type="button" className="offscreen-stage" data-stage={lane.title} onClick={() => void setViewport(viewportFor(lane, transform, direction), { duration: 300 })} title={`Show the ${lane.title} stage`}>
          {where === "before" ? (direction === "LR" ? "‹ " : "▴ ") : ""}{lane.title}{where === "after" ? (direction === "LR" ? " ›" : " ▾") : ""}
        </button>
      ))}
    </div>
  );
  return (
    <>
      {side(before, "before")}
      {side(after, "after")}
    </>
  );
}
