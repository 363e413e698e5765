import {
  CompositionEdgeSchema,
  CompositionNodeSchema,
  type CompositionEdge,
  type CompositionNode,
  type NodeKind,
} from "@rolegraph/schema";

/** The composition as the map reads it: nodes by id, and edges turned to point downstream. */
export interface Graph {
  nodes: CompositionNode[];
  byId: Map<string, CompositionNode>;
  /** The first node of each entity id: gap findings name their related entities without a kind. */
  byEntity: Map<string, string>;
  edges: CompositionEdge[];
  /** Parts the API sent that did not match the shared shape: counted, never dropped silently. */
  rejected: number;
  totalNodes: number;
  totalEdges: number;
}

export interface RawComposition {
  nodes: readonly unknown[];
  edges: readonly unknown[];
  totalNodes: number;
  totalEdges: number;
}

const kindOf = (id: string, byId: Map<string, CompositionNode>): NodeKind | undefined => byId.get(id)?.kind;

/**
 * Every edge points the way context flows (producer -> artifact -> consumer, origin ->
 * derived artifact, owner -> agent, sender -> contract -> receiver), whichever way the API
 * stored the relationship, so a left-to-right layout reads as the lifecycle does.
 */
export function orient(edge: CompositionEdge, byId: Map<string, CompositionNode>): CompositionEdge {
  const source = kindOf(edge.source, byId);
  const target = kindOf(edge.target, byId);
  const flip = (): CompositionEdge => ({ ...edge, source: edge.target, target: edge.source });
  switch (edge.kind) {
    case "produces":
    case "writes":
      return source === "artifact" && target !== "artifact" ? flip() : edge;
    case "consumes":
    case "reads":
      return target === "artifact" && source !== "artifact" ? flip() : edge;
    case "owns":
      return source === "agent" && target === "role" ? flip() : edge;
    case "derived-from":
    case "handoff":
      // Lineage already runs origin -> derived, and handoffs sender -> contract -> receiver.
      return edge;
  }
}

export function toGraph(raw: RawComposition): Graph {
  const nodes: CompositionNode[] = [];
  let rejected = 0;
  for (const candidate of raw.nodes) {
    const parsed = CompositionNodeSchema.safeParse(candidate);
    if (parsed.success) nodes.push(parsed.data);
    else rejected += 1;
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const byEntity = new Map<string, string>();
  for (const n of nodes) if (!byEntity.has(n.entityId)) byEntity.set(n.entityId, n.id);
  const edges: CompositionEdge[] = [];
  for (const candidate of raw.edges) {
    const parsed = CompositionEdgeSchema.safeParse(candidate);
    if (parsed.success && byId.has(parsed.data.source) && byId.has(parsed.data.target)) edges.push(orient(parsed.data, byId));
    else rejected += 1;
  }
  return {
    nodes,
    byId,
    byEntity,
    edges,
    rejected,
    totalNodes: Math.max(raw.totalNodes, nodes.length),
    totalEdges: Math.max(raw.totalEdges, edges.length),
  };
}

/** Role owners (not in the composition) written onto the role nodes: shown on the map, found by search. */
export function withOwners(graph: Graph, roles: readonly { id: string; owner: string | null }[]): Graph {
  const owners = new Map<string, string>(roles.flatMap((r): [string, string][] => (r.owner === null ? [] : [[`role:${r.id}`, r.owner]])));
  if (owners.size === 0) return graph;
  const nodes = graph.nodes.map((n) => {
    const owner = owners.get(n.id);
    return owner === undefined ? n : { ...n, data: { ...n.data, owner } };
  });
  return { ...graph, nodes, byId: new Map(nodes.map((n) => [n.id, n])) };
}

/** The map id of a gap-report subject, or undefined for subjects that are not nodes (stages). */
export function nodeIdOf(kind: string, entityId: string, graph: Graph): string | undefined {
  const direct = `${kind}:${entityId}`;
  if (graph.byId.has(direct)) return direct;
  // `related` ids carry no kind: take whichever node has that entity id.
  return graph.byEntity.get(entityId);
}
