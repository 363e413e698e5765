import type { GapCounts } from "@rolegraph/schema";
import type { MouseEvent } from "react";
import { useStore } from "../../store.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Every finding about a node, by severity (info too: "Only gaps" keeps exactly the nodes with a
 * badge, and the badge's total is the panel's "Gaps N"). A click opens the findings about it.
 */
export function GapBadge({ nodeId, gaps }: { nodeId: string; gaps: GapCounts }) {
  const focusNode = useStore((s) => s.focusNode);
  const openPanel = useStore((s) => s.openPanel);
  const total = gaps.error + gaps.warning + gaps.info;
  if (total === 0) return null;
  const open = (event: MouseEvent) => {
    // The node's own click would open its details instead of its findings.
    event.stopPropagation();
    focusNode(nodeId);
    openPanel("findings");
  };
  const label = [gaps.error > 0 ? plural(gaps.error, "error") : "", gaps.warning > 0 ? plural(gaps.warning, "warning") : "", gaps.info > 0 ? `${gaps.info} info` : ""]
    .filter((s) => s !== "")
    .join(", ");
  return (
    <button type="button" tabIndex={-1} className="gap-badge nodrag" onClick={open} title={`${label}: show findings`} data-total={total}>
      {gaps.error > 0 ? <span className="sev-error">{gaps.error}<span className="sr-only"> {gaps.error === 1 ? "error" : "errors"}</span></span> : null}
      {gaps.warning > 0 ? <span className="sev-warning">{gaps.warning}<span className="sr-only"> {gaps.warning === 1 ? "warning" : "warnings"}</span></span> : null}
      {gaps.info > 0 ? <span className="sev-info">{gaps.info}<span className="sr-only"> info</span></span> : null}
    </button>
  );
}
