import { badgeCounts, badgeNode } from "@rolegraph/schema";
import type { TeamGapsQuery } from "../api/types.generated.ts";
import { nodeIdOf, type Graph } from "./graph.ts";

export type GapReport = NonNullable<TeamGapsQuery["team"]>["gapReport"];
export type Finding = GapReport["findings"][number];

/**
 * The map node a finding is about, if it is on the map: the node the API badges
 * (badgeNode in @rolegraph/schema), so a handoff's finding sits on its contract.
 */
export function subjectOf(f: Finding, graph: Graph): string | undefined {
  const id = badgeNode(f);
  return id !== null && graph.byId.has(id) ? id : undefined;
}

/**
 * Badge counts on every node a finding is about. The composition comes without them, so the
 * map is drawn before the rules have run; the badges follow when the report answers, counted
 * by the same function as the API's Finding.node, so badges and findings always agree.
 */
export function withGaps(graph: Graph, findings: readonly Finding[]): Graph {
  if (findings.length === 0) return graph;
  const counts = badgeCounts(findings);
  const nodes = graph.nodes.map((n) => {
    const gaps = counts.get(n.id);
    return gaps === undefined ? n : { ...n, gaps };
  });
  return { ...graph, nodes, byId: new Map(nodes.map((n) => [n.id, n])) };
}

/**
 * Node ids that carry a badge: the subjects of findings (any severity). The "only gaps" filter
 * keeps exactly these, so every node it shows has a badge and every badge is shown.
 */
export function involvedNodes(graph: Graph, findings: readonly Finding[]): Set<string> {
  const ids = new Set<string>();
  for (const f of findings) {
    const subject = subjectOf(f, graph);
    if (subject !== undefined) ids.add(subject);
  }
  return ids;
}

/** The nodes a finding names (subject and related, by entity id), as the map ids a highlight lights. */
export function namedNodes(f: Finding, graph: Graph): string[] {
  const ids: string[] = [];
  const subject = subjectOf(f, graph);
  if (subject !== undefined) ids.push(subject);
  for (const related of f.related) {
    const id = nodeIdOf("", related, graph);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
