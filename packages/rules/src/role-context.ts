import { compressionDistances, type RoleDistance } from "./chains.ts";
import type { TeamGraph } from "./graph.ts";

/** A role's own flow, or one of its agents' inputs (consumes) or outputs (produces) under the role. */
export interface RoleFlow {
  role: string;
  artifact: string;
  kind: "produces" | "consumes";
  /** The agent the flow goes through; absent for the role's own consumes and produces. */
  agent?: string;
}

const flowsMemo = new WeakMap<TeamGraph, RoleFlow[]>();
const contextMemo = new WeakMap<TeamGraph, Map<string, string[]>>();
const distancesMemo = new WeakMap<TeamGraph, Map<string, RoleDistance>>();

/**
 * What a role takes and gives, its agents included: an input only the role's agent reads still
 * feeds the role (the Data PM whose Stakeholder Synthesizer reads the customer interviews has
 * them first hand), and what its agent writes is the role's to give. compression-chain,
 * context-hoarding, context-starved and the translation debt read context this way.
 * Remembered per graph: several rules ask for it in one report, and a graph never changes.
 */
export function roleFlows(graph: TeamGraph): readonly RoleFlow[] {
  const known = flowsMemo.get(graph);
  if (known) return known;
  const { artifact, flowsOf, agentsOf } = graph.index;
  const flows: RoleFlow[] = [];
  for (const r of graph.roles) {
    for (const f of flowsOf.get(r.id) ?? []) flows.push({ role: r.id, artifact: f.artifact, kind: f.kind });
    for (const g of agentsOf.get(r.id) ?? []) {
      for (const a of g.inputs) if (artifact.has(a)) flows.push({ role: r.id, artifact: a, kind: "consumes", agent: g.id });
      for (const a of g.outputs) if (artifact.has(a)) flows.push({ role: r.id, artifact: a, kind: "produces", agent: g.id });
    }
  }
  flowsMemo.set(graph, flows);
  return flows;
}

/** The artifacts a role consumes, itself or through its agents, once each in first-seen order. */
export function contextOf(graph: TeamGraph, role: string): readonly string[] {
  let byRole = contextMemo.get(graph);
  if (!byRole) {
    const sets = new Map<string, Set<string>>();
    for (const f of roleFlows(graph)) if (f.kind === "consumes") sets.set(f.role, (sets.get(f.role) ?? new Set()).add(f.artifact));
    byRole = new Map([...sets].map(([r, s]) => [r, [...s]]));
    contextMemo.set(graph, byRole);
  }
  return byRole.get(role) ?? [];
}

/**
 * Every role that context from outside the team reaches, with its fewest boundaries and chain
 * (compressionDistances over roleFlows; across teams, over the organisation's, org-chains.ts);
 * a role missing from the map is reached by nothing.
 */
export function distancesOf(graph: TeamGraph): ReadonlyMap<string, RoleDistance> {
  const known = distancesMemo.get(graph);
  if (known) return known;
  // Across teams (org.ts) the distances come precomputed over the whole organisation, with names.
  if (graph.across?.distances) {
    const across = new Map([...graph.across.distances].map(([role, d]) => [role, { role, ...d }]));
    distancesMemo.set(graph, across);
    return across;
  }
  const flows = roleFlows(graph);
  const externals = [...new Set(flows.filter((f) => graph.index.artifact.get(f.artifact)?.external).map((f) => f.artifact))];
  const distances = new Map(compressionDistances({ flows: [...flows], externals }).map((d) => [d.role, d]));
  distancesMemo.set(graph, distances);
  return distances;
}
