import { useStore as useFlowStore } from "@xyflow/react";
import { LABEL_ZOOM } from "../flow/edges/FlowEdge.tsx";

/** On a large map seen from afar, where its links went: a large map draws them from LABEL_ZOOM on. */
export function MapHint({ large, focused }: { large: boolean; focused: boolean }) {
  const close = useFlowStore((s) => s.transform[2] >= LABEL_ZOOM);
  if (!large || close || focused) return null;
  return (
    <div className="map-hint" role="note">
      Links appear as you zoom in, or click a node to light up its own; “All links” in the toolbar draws every one.
    </div>
  );
}
