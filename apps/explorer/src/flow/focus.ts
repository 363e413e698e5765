import { impact, neighbourhood } from "@rolegraph/schema";
import type { Graph } from "./graph.ts";

/** How a highlighted node relates to the focus: this is what the side panel and tests read. */
export type Relation = "focus" | "producer" | "consumer" | "downstream" | "impacted" | "input" | "output" | "linked";

export interface Focus {
  id: string;
  relations: Map<string, Relation>;
  /** Edges between highlighted nodes that explain why they are highlighted. */
  edges: Set<string>;
}

/**
 * An artifact's impact: who makes it, who consumes it, what is derived from it within `depth`
 * lineage steps and who consumes that. Anything else: its neighbourhood within `depth` steps.
 * Both are @rolegraph/schema's definitions (focus.ts), the API's too; this only names them.
 */
export function computeFocus(graph: Graph, focusId: string, depth: number): Focus | undefined {
  const focus = graph.byId.get(focusId);
  if (focus === undefined) return undefined;
  const relations = new Map<string, Relation>([[focusId, "focus"]]);
  const set = (id: string, relation: Relation) => {
    if (!relations.has(id)) relations.set(id, relation);
  };

  if (focus.kind === "artifact") {
    const reached = impact(graph.edges, focusId, depth);
    for (const id of reached.producers) set(id, "producer");
    for (const [id, steps] of reached.consumers) set(id, steps === 0 ? "consumer" : "impacted");
    for (const id of reached.downstream.keys()) set(id, "downstream");
    return { id: focusId, relations, edges: reached.edges };
  }

  const distance = neighbourhood(graph.edges, focusId, depth);
  const edges = new Set<string>();
  for (const edge of graph.edges) {
    const near = distance.get(edge.source);
    const far = distance.get(edge.target);
    if (near === undefined || far === undefined) continue;
    // An edge explains a lit node when it reaches it from one step nearer the focus.
    if (Math.min(near, far) < depth) edges.add(edge.id);
    if (near === 0 && far === 1) set(edge.target, "output");
    else if (far === 0 && near === 1) set(edge.source, "input");
  }
  for (const [id, d] of distance) if (d > 1) set(id, "linked");
  return { id: focusId, relations, edges };
}
