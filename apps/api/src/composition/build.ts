import { neighbourhood, type CompositionEdge, type CompositionNode, type NodeKind } from "@rolegraph/schema";
import type { TeamGraph } from "./graph.ts";

export interface CompositionOptions {
  /** Keep only what takes part in this stage. */
  stage?: string | null;
  /** A node id (`artifact:problem-brief`) or a bare entity id; keeps its neighbourhood (@rolegraph/schema) within `depth` edges. */
  focus?: string | null;
  depth?: number | null;
}
export interface Composition {
  nodes: CompositionNode[];
  edges: CompositionEdge[];
  totalNodes: number;
  totalEdges: number;
  /** Node ids of the focus, when it resolved. */
  focus: string | null;
}

export const nodeId = (kind: NodeKind, id: string) => `${kind}:${id}`;

/** The whole map of a team, then narrowed by stage and focus; counts say what was left out. */
export function buildComposition(graph: TeamGraph, options: CompositionOptions = {}): Composition {
  return narrowComposition(compositionMap(graph), options);
}

/** A team's whole map before any filter: what a server may keep per team and narrow per request. */
export interface CompositionMap {
  nodes: CompositionNode[];
  edges: CompositionEdge[];
  /** The stages each node takes part in, for the stage filter. */
  stagesOf: Map<string, Set<string>>;
}

/** The map narrowed by stage and focus; `map` is not changed (nodes with a distance are copies). */
export function narrowComposition(map: CompositionMap, options: CompositionOptions = {}): Composition {
  const { nodes, edges, stagesOf } = map;
  let keep = new Set(nodes.map((n) => n.id));
  if (options.stage) keep = new Set([...keep].filter((id) => stagesOf.get(id)?.has(options.stage ?? "")));
  const focus = options.focus ? resolveFocus(options.focus, nodes) : null;
  let distance: Map<string, number> | null = null;
  if (focus) {
    distance = neighbourhood(edges.filter((e) => keep.has(e.source) && keep.has(e.target)), focus, options.depth ?? 2);
    keep = new Set([...keep].filter((id) => distance?.has(id)));
    keep.add(focus);
  }
  return {
    nodes: nodes.filter((n) => keep.has(n.id)).map((n) => (distance ? { ...n, distance: distance.get(n.id) ?? 0 } : n)),
    edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    totalNodes: nodes.length,
    totalEdges: edges.length,
    focus,
  };
}

/** Every node and edge of the team's map. */
export function compositionMap(graph: TeamGraph): CompositionMap {
  const order = new Map(graph.stages.map((s) => [s.id, s.order]));
  const first = (stages: Iterable<string>) => [...stages].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))[0] ?? null;
  const stagesOf = new Map<string, Set<string>>();
  const touch = (id: string, stage: string | null | undefined) => {
    if (!stage) return;
    const set = stagesOf.get(id) ?? new Set<string>();
    set.add(stage);
    stagesOf.set(id, set);
  };
  const nodes: CompositionNode[] = [];
  const edges: CompositionEdge[] = [];
  const node = (kind: NodeKind, id: string, label: string, stage: string | null, data: Record<string, unknown>, extra: Partial<CompositionNode> = {}) => {
    nodes.push({ id: nodeId(kind, id), kind, entityId: id, label, stage, data, ...extra });
  };

  for (const r of graph.roles) {
    for (const stage of Object.keys(r.engagement)) touch(nodeId("role", r.id), stage);
    const lead = Object.entries(r.engagement).filter(([, e]) => e === "lead").map(([s]) => s);
    node("role", r.id, r.name, first(lead) ?? first(Object.keys(r.engagement)), {}, { engagement: r.engagement });
  }
  for (const f of graph.flows) {
    touch(nodeId("artifact", f.artifact), f.stage);
    const [source, target] = f.kind === "produces" ? [nodeId("role", f.role), nodeId("artifact", f.artifact)] : [nodeId("artifact", f.artifact), nodeId("role", f.role)];
    edges.push({ id: `${f.kind}:${f.role}:${f.artifact}:${f.stage ?? ""}`, kind: f.kind, source, target, cadence: f.cadence, stage: f.stage, label: f.cadence });
  }
  for (const s of graph.stages) if (s.output) touch(nodeId("artifact", s.output), s.id);
  const producedIn = new Map<string, string[]>();
  for (const f of graph.flows) if (f.kind === "produces" && f.stage) producedIn.set(f.artifact, [...(producedIn.get(f.artifact) ?? []), f.stage]);
  for (const a of graph.artifacts) {
    const produced = producedIn.get(a.id) ?? [];
    node("artifact", a.id, a.name, first(produced) ?? first(stagesOf.get(nodeId("artifact", a.id)) ?? []), { external: a.external, format: a.format });
    for (const source of a.derivedFrom) {
      edges.push({ id: `derived-from:${source}:${a.id}`, kind: "derived-from", source: nodeId("artifact", source), target: nodeId("artifact", a.id) });
    }
  }
  const roleLane = new Map(nodes.filter((n) => n.kind === "role").map((n) => [n.entityId, n.stage]));
  for (const g of graph.agents) {
    const roleStages = stagesOf.get(nodeId("role", g.role)) ?? new Set<string>();
    for (const s of roleStages) touch(nodeId("agent", g.id), s);
    const owner = roleLane.get(g.role);
    node("agent", g.id, g.name, owner ?? null, { access: g.access, mode: g.mode, role: g.role });
    edges.push({ id: `owns:${g.role}:${g.id}`, kind: "owns", source: nodeId("role", g.role), target: nodeId("agent", g.id) });
    for (const a of g.inputs) edges.push({ id: `reads:${a}:${g.id}`, kind: "reads", source: nodeId("artifact", a), target: nodeId("agent", g.id) });
    for (const a of g.outputs) edges.push({ id: `writes:${g.id}:${a}`, kind: "writes", source: nodeId("agent", g.id), target: nodeId("artifact", a) });
  }
  for (const c of graph.contracts) {
    const cid = nodeId("contract", c.id);
    touch(cid, c.fromStage);
    touch(cid, c.toStage);
    node("contract", c.id, c.name ?? c.id, c.fromStage, { from: c.from, to: c.to, fromStage: c.fromStage, toStage: c.toStage, gates: c.gates, checkable: c.checkable, lastPassed: c.lastPassed, carries: c.carries });
    const contract = { id: c.id, gates: c.gates, checkable: c.checkable, lastPassed: c.lastPassed };
    const label = `${c.checkable}/${c.gates} gates`;
    edges.push({ id: `handoff:${c.from}:${c.id}`, kind: "handoff", source: nodeId("role", c.from), target: cid, label, contract });
    edges.push({ id: `handoff:${c.id}:${c.to}`, kind: "handoff", source: cid, target: nodeId("role", c.to), label, contract });
  }
  return { nodes, edges, stagesOf };
}

function resolveFocus(focus: string, nodes: CompositionNode[]): string | null {
  if (nodes.some((n) => n.id === focus)) return focus;
  const kinds: NodeKind[] = ["artifact", "role", "agent", "contract"];
  return kinds.map((k) => nodeId(k, focus)).find((id) => nodes.some((n) => n.id === id)) ?? null;
}
