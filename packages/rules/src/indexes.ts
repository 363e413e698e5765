import type { TeamGraph, TeamGraphData, TeamIndex } from "./graph.ts";

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

/**
 * Adds the lookups every rule shares, built once. What points at something that is not in
 * the team (a flow of an unknown artifact, an agent reading one) is left out of the lookups,
 * as a graph has no edge to a node that does not exist.
 */
export function indexTeam(data: TeamGraphData): TeamGraph {
  const role = byId(data.roles);
  const artifact = byId(data.artifacts);
  const flows = data.flows.filter((f) => role.has(f.role) && artifact.has(f.artifact));
  const agents = data.agents.filter((g) => role.has(g.role));
  const edges = (pick: "inputs" | "outputs") =>
    groupBy(agents.flatMap((g) => g[pick].filter((a) => artifact.has(a)).map((a) => ({ a, g }))), (x) => x.a);
  const unwrap = (m: Map<string, { g: TeamGraph["agents"][number] }[]>) => new Map([...m].map(([k, v]) => [k, v.map((x) => x.g)]));
  const index: TeamIndex = {
    stage: byId(data.stages),
    role,
    artifact,
    contract: byId(data.contracts),
    flowsOf: groupBy(flows, (f) => f.role),
    producersOf: groupBy(flows.filter((f) => f.kind === "produces"), (f) => f.artifact),
    consumersOf: groupBy(flows.filter((f) => f.kind === "consumes"), (f) => f.artifact),
    agentsOf: groupBy(agents, (g) => g.role),
    writersOf: unwrap(edges("outputs")),
    readersOf: unwrap(edges("inputs")),
    contractsFrom: groupBy(data.contracts, (k) => k.from),
    handoffsUnder: groupBy(data.handoffs, (h) => h.contract),
  };
  return { ...data, index };
}

/** `map.get(key)` or an empty list: most lookups mean "none" when absent. */
export const all = <T>(map: Map<string, T[]>, key: string): readonly T[] => map.get(key) ?? [];
