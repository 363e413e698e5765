/** A map's composition as the API sends it (nodes and edges are JSON, read by flow/graph.ts). */
export interface CompositionData {
  nodes: unknown[];
  edges: unknown[];
  totalNodes: number;
  totalEdges: number;
}

const idOf = (item: unknown): string | undefined => {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
};
const endsOf = (edge: unknown): [unknown, unknown] => [(edge as { source?: unknown }).source, (edge as { target?: unknown }).target];

/**
 * Two versions' maps in one: everything the newer has, and what only the older had (the
 * ghosts, which the marks draw faint), with the older's edges between nodes still on the map.
 * Pure: the layout then places ghosts where they were connected.
 */
export function mergeCompositions(before: CompositionData, after: CompositionData): CompositionData {
  const nodeIds = new Set(after.nodes.map(idOf));
  const ghosts = before.nodes.filter((n) => !nodeIds.has(idOf(n)));
  for (const g of ghosts) nodeIds.add(idOf(g));
  const edgeIds = new Set(after.edges.map(idOf));
  const oldEdges = before.edges.filter((e) => !edgeIds.has(idOf(e)) && endsOf(e).every((end) => typeof end === "string" && nodeIds.has(end)));
  const nodes = [...after.nodes, ...ghosts];
  const edges = [...after.edges, ...oldEdges];
  return { nodes, edges, totalNodes: nodes.length, totalEdges: edges.length };
}
