import { CONSUMING, PRODUCING, type EdgeKind } from "@rolegraph/schema";
import type { Graph } from "./graph.ts";

/** How a highlighted node relates to the focus: this is what the side panel, legend and tests read. */
export type Relation = "focus" | "producer" | "consumer" | "carrier" | "input" | "output" | "upstream" | "downstream" | "path" | "finding";

export interface Focus {
  id: string;
  relations: Map<string, Relation>;
  /** Edges between highlighted nodes that explain why they are highlighted. */
  edges: Set<string>;
}

export interface Reach {
  /** Steps followed against the flow (who feeds the focus) and with it (what the focus feeds). */
  up: number;
  down: number;
  /** Only these kinds of edge are followed; all when undefined. */
  kinds?: readonly EdgeKind[] | undefined;
}

type Step = { id: string; edge: string };

function adjacency(graph: Graph, kinds: ReadonlySet<string> | undefined) {
  const forward = new Map<string, Step[]>();
  const backward = new Map<string, Step[]>();
  const push = (map: Map<string, Step[]>, key: string, step: Step) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [step]);
    else list.push(step);
  };
  for (const e of graph.edges) {
    if (kinds !== undefined && !kinds.has(e.kind)) continue;
    push(forward, e.source, { id: e.target, edge: e.id });
    push(backward, e.target, { id: e.source, edge: e.id });
  }
  return { forward, backward };
}

/** Breadth-first along one direction of the flow: every node within `depth` steps, with its distance, and the edges taken. */
function walk(from: string, next: Map<string, Step[]>, depth: number, edges: Set<string>): Map<string, number> {
  const distance = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= depth && frontier.length > 0; d += 1) {
    const reached: string[] = [];
    for (const id of frontier) {
      for (const step of next.get(id) ?? []) {
        const known = distance.get(step.id);
        if (known === undefined) {
          distance.set(step.id, d);
          reached.push(step.id);
        }
        // Any edge from one ring to the next explains a lit node, not only the first found.
        if (known === undefined || known === d) edges.add(step.edge);
      }
    }
    frontier = reached;
  }
  return distance;
}

/**
 * What feeds the focus (`up` steps against the flow) and what it feeds (`down` steps with it),
 * kept apart as DataHub's lineage is: a role at depth 3 no longer lights the whole team through
 * every neighbour's neighbours. The nearest ring is named by what the edge means (an artifact's
 * producers and consumers, anything else's inputs and outputs).
 */
export function computeFocus(graph: Graph, focusId: string, reach: Reach): Focus | undefined {
  const focus = graph.byId.get(focusId);
  if (focus === undefined) return undefined;
  const kinds = reach.kinds === undefined ? undefined : new Set<string>(reach.kinds);
  const { forward, backward } = adjacency(graph, kinds);
  const edges = new Set<string>();
  const down = walk(focusId, forward, reach.down, edges);
  const up = walk(focusId, backward, reach.up, edges);
  const relations = new Map<string, Relation>([[focusId, "focus"]]);
  const artifact = focus.kind === "artifact";
  const kindInto = new Map<string, string>();
  for (const e of graph.edges) {
    if (e.source === focusId) kindInto.set(e.target, e.kind);
    if (e.target === focusId) kindInto.set(e.source, e.kind);
  }
  const near = (id: string, upstream: boolean): Relation => {
    const kind = kindInto.get(id) as EdgeKind | undefined;
    if (artifact && upstream && kind !== undefined && PRODUCING.has(kind)) return "producer";
    if (artifact && !upstream && kind !== undefined && CONSUMING.has(kind)) return "consumer";
    if (artifact) return upstream ? "upstream" : "downstream";
    return upstream ? "input" : "output";
  };
  // The contracts that carry an artifact have no edge to it (they carry it between two roles):
  // they are lit as its carriers, not left dimmed beside it.
  if (artifact) {
    for (const n of graph.nodes) {
      const carries = n.data.carries;
      if (n.kind === "contract" && Array.isArray(carries) && carries.includes(focus.entityId)) relations.set(n.id, "carrier");
    }
  }
  for (const [id, d] of down) if (d > 0 && !relations.has(id)) relations.set(id, d === 1 ? near(id, false) : "downstream");
  for (const [id, d] of up) if (d > 0 && !relations.has(id)) relations.set(id, d === 1 ? near(id, true) : "upstream");
  return { id: focusId, relations, edges };
}
