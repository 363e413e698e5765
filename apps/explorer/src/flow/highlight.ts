import type { Focus } from "./focus.ts";
import type { Graph } from "./graph.ts";

/**
 * What a finding lights: the nodes it names and, between each pair of them, the artifacts one
 * hands the other (produced or written by one, consumed or read by the other) and the edges
 * that carry them. A compression chain (PM -> Architect -> Engineer -> QA) so shows as a chain.
 */
export function highlightOf(graph: Graph, named: readonly string[]): Focus | undefined {
  const first = named[0];
  if (first === undefined) return undefined;
  const relations = new Map<string, Focus["relations"] extends Map<string, infer R> ? R : never>([[first, "focus"]]);
  for (const id of named.slice(1)) relations.set(id, "finding");
  const edges = new Set<string>();
  const set = new Set(named);
  const into = new Map<string, { from: string; edge: string }[]>();
  for (const e of graph.edges) {
    if (set.has(e.source) && set.has(e.target)) edges.add(e.id);
    if (set.has(e.source)) into.set(e.target, [...(into.get(e.target) ?? []), { from: e.source, edge: e.id }]);
  }
  for (const e of graph.edges) {
    if (!set.has(e.target) || set.has(e.source)) continue;
    // An in-between node: fed by one named node, feeding another.
    const feeders = (into.get(e.source) ?? []).filter((f) => f.from !== e.target);
    if (feeders.length === 0) continue;
    relations.set(e.source, "finding");
    edges.add(e.id);
    for (const f of feeders) edges.add(f.edge);
  }
  return { id: first, relations, edges };
}
