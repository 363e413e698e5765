import type { Graph } from "./graph.ts";

/** How a highlighted node relates to the focus: this is what the side panel and tests read. */
export type Relation = "focus" | "producer" | "consumer" | "downstream" | "impacted" | "input" | "output" | "linked";

export interface Focus {
  id: string;
  relations: Map<string, Relation>;
  /** Edges between highlighted nodes that explain why they are highlighted. */
  edges: Set<string>;
}

const PRODUCING = new Set(["produces", "writes"]);
const CONSUMING = new Set(["consumes", "reads"]);

/**
 * An artifact's impact: who makes it, who consumes it, what is derived from it within `depth`
 * lineage steps and who consumes that. Anything else: its neighbourhood within `depth` steps.
 */
export function computeFocus(graph: Graph, focusId: string, depth: number): Focus | undefined {
  const focus = graph.byId.get(focusId);
  if (focus === undefined) return undefined;
  const relations = new Map<string, Relation>([[focusId, "focus"]]);
  const edges = new Set<string>();
  const mark = (id: string, relation: Relation, edgeId: string): void => {
    if (!relations.has(id)) relations.set(id, relation);
    edges.add(edgeId);
  };

  if (focus.kind === "artifact") {
    let frontier = [focusId];
    for (let step = 0; step <= depth && frontier.length > 0; step += 1) {
      const next: string[] = [];
      for (const artifact of frontier) {
        for (const edge of graph.edges) {
          if (step === 0 && edge.target === artifact && PRODUCING.has(edge.kind)) mark(edge.source, "producer", edge.id);
          if (edge.source !== artifact) continue;
          if (CONSUMING.has(edge.kind)) mark(edge.target, step === 0 ? "consumer" : "impacted", edge.id);
          if (edge.kind === "derived-from" && step < depth && !relations.has(edge.target)) {
            mark(edge.target, "downstream", edge.id);
            next.push(edge.target);
          }
        }
      }
      frontier = next;
    }
    return { id: focusId, relations, edges };
  }

  let frontier = [focusId];
  for (let step = 1; step <= depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of graph.edges) {
        const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
        if (other === undefined) continue;
        if (relations.has(other)) {
          if (relations.get(other) !== "focus" || step === 1) edges.add(edge.id);
          continue;
        }
        const relation: Relation = step > 1 ? "linked" : edge.source === id ? "output" : "input";
        mark(other, relation, edge.id);
        next.push(other);
      }
    }
    frontier = next;
  }
  return { id: focusId, relations, edges };
}
