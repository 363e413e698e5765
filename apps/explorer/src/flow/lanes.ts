import type { CompositionEdge, CompositionNode } from "@rolegraph/schema";
import type { Graph } from "./graph.ts";

export interface StageInfo {
  id: string;
  name: string;
}

/**
 * The swimlane of every node: its own stage, else the stage most of its neighbours sit in
 * (external inputs and agents often carry none), else the first stage. Never unplaced.
 */
export function assignLanes(graph: Graph, stages: readonly StageInfo[]): Map<string, string> {
  const known = new Set(stages.map((s) => s.id));
  const first = stages[0]?.id ?? "";
  const lanes = new Map<string, string>();
  const own = (n: CompositionNode): string | undefined => (n.stage !== null && known.has(n.stage) ? n.stage : undefined);
  for (const node of graph.nodes) {
    const stage = own(node);
    if (stage !== undefined) lanes.set(node.id, stage);
  }
  // An agent works where its role works: its lane is its owner's.
  for (const edge of graph.edges) {
    const agent = graph.byId.get(edge.target);
    const owner = lanes.get(edge.source);
    if (edge.kind === "owns" && agent?.kind === "agent" && !lanes.has(agent.id) && owner !== undefined) lanes.set(agent.id, owner);
  }
  // Each node's edges, once: voting by scanning every edge per node was quadratic (50 ms at 2,000 nodes).
  const touching = new Map<string, CompositionEdge[]>();
  const touch = (id: string, edge: CompositionEdge) => {
    const list = touching.get(id);
    if (list === undefined) touching.set(id, [edge]);
    else list.push(edge);
  };
  for (const edge of graph.edges) {
    touch(edge.source, edge);
    if (edge.target !== edge.source) touch(edge.target, edge);
  }
  for (const node of graph.nodes) {
    if (lanes.has(node.id)) continue;
    const votes = new Map<string, number>();
    for (const edge of touching.get(node.id) ?? []) {
      const other = edge.source === node.id ? edge.target : edge.source;
      const stage = edge.stage ?? lanes.get(other);
      if (stage === undefined || stage === null || !known.has(stage)) continue;
      votes.set(stage, (votes.get(stage) ?? 0) + 1);
    }
    // Ties go to the earliest stage, so an input sits before whoever uses it.
    let best: string | undefined;
    for (const stage of stages) {
      const count = votes.get(stage.id) ?? 0;
      if (count > 0 && (best === undefined || count > (votes.get(best) ?? 0))) best = stage.id;
    }
    lanes.set(node.id, best ?? first);
  }
  return lanes;
}
