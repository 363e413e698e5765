import type { GapCounts } from "@rolegraph/schema";
import type { TeamGapsQuery } from "../api/types.generated.ts";
import { nodeIdOf, type Graph } from "./graph.ts";

export type GapReport = NonNullable<TeamGapsQuery["team"]>["gapReport"];
export type Finding = GapReport["findings"][number];

/** The map node a finding is about, if it is about one (stages and handoffs are not nodes). */
export const subjectOf = (f: Finding, graph: Graph): string | undefined => nodeIdOf(f.subjectKind, f.subjectId, graph);

/**
 * Badge counts on every node a finding is about. The API may send them with the composition;
 * when it does not, they are counted from the report, so badges and findings always agree.
 */
export function withGaps(graph: Graph, findings: readonly Finding[]): Graph {
  if (graph.nodes.some((n) => n.gaps !== undefined) || findings.length === 0) return graph;
  const counts = new Map<string, GapCounts>();
  for (const f of findings) {
    const id = subjectOf(f, graph);
    if (id === undefined) continue;
    const c = counts.get(id) ?? { error: 0, warning: 0, info: 0 };
    if (f.severity === "ERROR") c.error += 1;
    else if (f.severity === "WARNING") c.warning += 1;
    else c.info += 1;
    counts.set(id, c);
  }
  const nodes = graph.nodes.map((n) => {
    const gaps = counts.get(n.id);
    return gaps === undefined ? n : { ...n, gaps };
  });
  return { ...graph, nodes, byId: new Map(nodes.map((n) => [n.id, n])) };
}

/** Node ids that any finding names, as subject or as related: the "only gaps" filter keeps these. */
export function involvedNodes(graph: Graph, findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const f of findings) {
    const subject = subjectOf(f, graph);
    if (subject !== undefined) ids.add(subject);
    for (const related of f.related) {
      const id = nodeIdOf("", related, graph);
      if (id !== undefined) ids.add(id);
    }
  }
  return ids;
}
