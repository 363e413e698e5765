import type { GapCounts } from "@rolegraph/schema";
import type { MouseEvent } from "react";
import { useStore } from "../../store.ts";

/** Errors and warnings on a node; a click opens the findings about it. Info stays off the map. */
export function GapBadge({ nodeId, gaps }: { nodeId: string; gaps: GapCounts }) {
  const focusNode = useStore((s) => s.focusNode);
  const openPanel = useStore((s) => s.openPanel);
  if (gaps.error + gaps.warning === 0) return null;
  const open = (event: MouseEvent) => {
    // The node's own click would open its details instead of its findings.
    event.stopPropagation();
    focusNode(nodeId);
    openPanel("findings");
  };
  const label = [gaps.error > 0 ? `${gaps.error} error${gaps.error > 1 ? "s" : ""}` : "", gaps.warning > 0 ? `${gaps.warning} warning${gaps.warning > 1 ? "s" : ""}` : ""]
    .filter((s) => s !== "")
    .join(", ");
  return (
    <button type="button" className="gap-badge nodrag" onClick={open} title={`${label} — show findings`} aria-label={label}>
      {gaps.error > 0 ? <span className="sev-error">{gaps.error}</span> : null}
      {gaps.warning > 0 ? <span className="sev-warning">{gaps.warning}</span> : null}
    </button>
  );
}
