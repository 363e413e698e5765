import type { ViewState } from "../state/view.ts";
import type { Focus } from "./focus.ts";
import type { Graph } from "./graph.ts";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** True when something is hidden: the map then says "N of M shown" and offers to show all. */
  partial: boolean;
}

type Filters = Pick<ViewState, "stages" | "kinds" | "role" | "onlyGaps" | "isolate"> & Partial<Pick<ViewState, "relations">>;

/** A role filter keeps the role's own Role OS: what it touches, and who is across its contracts. */
function roleScope(graph: Graph, roleNodeId: string): Set<string> {
  const scope = new Set([roleNodeId]);
  for (const edge of graph.edges) {
    if (edge.source === roleNodeId) scope.add(edge.target);
    if (edge.target === roleNodeId) scope.add(edge.source);
  }
  for (const edge of graph.edges) {
    const contract = (id: string) => graph.byId.get(id)?.kind === "contract" && scope.has(id);
    if (edge.kind === "handoff" && contract(edge.source)) scope.add(edge.target);
    if (edge.kind === "handoff" && contract(edge.target)) scope.add(edge.source);
  }
  return scope;
}

/**
 * Which nodes and edges the filters leave on the map. An edge shows only when both its ends
 * do; what is hidden is counted against the API's totals so nothing disappears unannounced.
 */
export function computeVisibility(
  graph: Graph,
  lanes: Map<string, string>,
  filters: Filters,
  involved: Set<string>,
  focus: Focus | undefined,
): Visibility {
  const scope = filters.role === null ? undefined : roleScope(graph, `role:${filters.role}`);
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (!filters.kinds.includes(node.kind)) continue;
    if (filters.stages.length > 0 && !filters.stages.includes(lanes.get(node.id) ?? "")) continue;
    if (scope !== undefined && !scope.has(node.id)) continue;
    if (filters.onlyGaps && !involved.has(node.id)) continue;
    if (filters.isolate && focus !== undefined && !focus.relations.has(node.id)) continue;
    nodes.add(node.id);
  }
  // The focus stays visible whatever the filters say: hiding what you clicked is disorienting.
  if (focus !== undefined) nodes.add(focus.id);
  const relations = filters.relations === undefined ? undefined : new Set<string>(filters.relations);
  const edges = new Set(graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target) && (relations === undefined || relations.has(e.kind))).map((e) => e.id));
  const partial =
    nodes.size < graph.totalNodes || edges.size < graph.totalEdges || graph.rejected > 0;
  return { nodes, edges, partial };
}
