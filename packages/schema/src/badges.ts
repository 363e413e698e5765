import type { GapCounts } from "./composition.ts";
import type { Severity } from "./lint.ts";

/**
 * What a badge needs of a gap finding. The API holds severities in lower case and GraphQL
 * sends them as an enum in upper case: both count the same.
 */
export interface BadgedFinding {
  subjectKind: string;
  subjectId: string;
  related: readonly string[];
  severity: Severity | Uppercase<Severity>;
}

const SEVERITY: Record<BadgedFinding["severity"], keyof GapCounts> = {
  error: "error", warning: "warning", info: "info", ERROR: "error", WARNING: "warning", INFO: "info",
};

/**
 * Which map node a finding belongs on: its subject, except that a handoff's finding sits on
 * its contract (handoffs are not drawn) and a stage's on nothing (stages are lanes).
 * The API answers it as `Finding.node`; the explorer counts badges with it.
 */
export function badgeNode(finding: Pick<BadgedFinding, "subjectKind" | "subjectId" | "related">): string | null {
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
export function badgeCounts(findings: readonly BadgedFinding[]): Map<string, GapCounts> {
  const counts = new Map<string, GapCounts>();
  for (const f of findings) {
    const node = badgeNode(f);
    if (!node) continue;
    const c = counts.get(node) ?? { error: 0, warning: 0, info: 0 };
    c[SEVERITY[f.severity]] += 1;
    counts.set(node, c);
  }
  return counts;
}
