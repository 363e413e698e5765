import type { Focus } from "./focus.ts";
import type { Graph } from "./graph.ts";

/**
 * The shortest way from one node to another: along the flow if there is one (how context gets
 * from A to B), else ignoring direction (how A and B are connected at all). Undefined when the
 * two are not connected. Lit like a focus: both ends and every node and edge between.
 */
export function shortestPath(graph: Graph, from: string, to: string): Focus | undefined {
  if (!graph.byId.has(from) || !graph.byId.has(to)) return undefined;
  return search(graph, from, to, true) ?? search(graph, from, to, false);
}

function search(graph: Graph, from: string, to: string, directed: boolean): Focus | undefined {
  const next = new Map<string, { id: string; edge: string }[]>();
  const link = (a: string, b: string, edge: string) => next.set(a, [...(next.get(a) ?? []), { id: b, edge }]);
  for (const e of graph.edges) {
    link(e.source, e.target, e.id);
    if (!directed) link(e.target, e.source, e.id);
  }
  const came = new Map<string, { id: string; edge: string } | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !came.has(to)) {
    const reached: string[] = [];
    for (const id of frontier) {
      for (const step of next.get(id) ?? []) {
        if (came.has(step.id)) continue;
        came.set(step.id, { id, edge: step.edge });
        reached.push(step.id);
      }
    }
    frontier = reached;
  }
  if (!came.has(to)) return undefined;
  const relations = new Map<string, Focus["relations"] extends Map<string, infer R> ? R : never>();
  const edges = new Set<string>();
  for (let at: string | undefined = to; at !== undefined; ) {
    const step = came.get(at);
    relations.set(at, at === from ? "focus" : "path");
    if (step === null || step === undefined) break;
    edges.add(step.edge);
    at = step.id;
  }
  return { id: from, relations, edges };
}
