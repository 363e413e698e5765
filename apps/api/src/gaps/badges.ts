import type { GapCounts } from "@rolegraph/schema";
import type { Finding } from "./types.ts";

/**
 * Which map node a finding belongs on: its subject, except that a handoff's finding sits on
 * its contract (handoffs are not drawn) and a stage's on nothing (stages are lanes).
 */
export function badgeNode(finding: Finding): string | null {
  switch (finding.subjectKind) {
    case "role":
    case "artifact":
    case "agent":
    case "contract":
      return `${finding.subjectKind}:${finding.subjectId}`;
    case "handoff":
      return finding.related[0] ? `contract:${finding.related[0]}` : null;
    default:
      return null;
  }
}

/** Finding counts by severity for every node that has findings. */
export function badgeCounts(findings: readonly Finding[]): Map<string, GapCounts> {
  const counts = new Map<string, GapCounts>();
  for (const f of findings) {
    const node = badgeNode(f);
    if (!node) continue;
    const c = counts.get(node) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity] += 1;
    counts.set(node, c);
  }
  return counts;
}
