import { compressionDistances, type ChainInput } from "./chains.ts";
import type { CrossDistance, ResolvedArtifact, ResolvedRole, TeamGraph } from "./graph.ts";
import { parseRef } from "./refs.ts";

const key = (team: string, id: string) => `${team}/${id}`;

/** The organisation as the compression chain sees it: `team/id` keys throughout. */
export interface OrgChainInput extends ChainInput {
  roleNames: ReadonlyMap<string, string>;
  artifactNames: ReadonlyMap<string, string>;
}

/** The chain input of team graphs, their qualified consumes resolved (org.ts). */
export function chainInputOf(
  graphs: readonly TeamGraph[],
  resolved: ReadonlyMap<string, ReadonlyMap<string, ResolvedArtifact | ResolvedRole | null>>,
): OrgChainInput {
  const flows: ChainInput["flows"] = [];
  const externals: string[] = [];
  const roleNames = new Map<string, string>();
  const artifactNames = new Map<string, string>();
  for (const g of graphs) {
    const team = g.team.id;
    for (const r of g.roles) roleNames.set(key(team, r.id), r.name);
    for (const a of g.artifacts) {
      artifactNames.set(key(team, a.id), a.name);
      if (a.external) externals.push(key(team, a.id));
    }
    for (const list of g.index.flowsOf.values()) for (const f of list) flows.push({ role: key(team, f.role), artifact: key(team, f.artifact), kind: f.kind });
    const refs = resolved.get(team);
    for (const f of g.flows) {
      const target = f.kind === "consumes" && g.index.role.has(f.role) ? refs?.get(f.artifact) : undefined;
      if (target?.kind === "artifact") flows.push({ role: key(team, f.role), artifact: key(target.team, target.id), kind: "consumes" });
    }
  }
  return { flows, externals, roleNames, artifactNames };
}

/**
 * The compression chain over the whole organisation: one breadth-first search in which every
 * team's external inputs are sources and a role consuming another team's artifact is one
 * boundary past that artifact's producer ("one boundary further per role crossed"). Each
 * team then reads its own roles back, other teams' ids qualified. With one team this is the
 * team's own chain, key for key (the shared `team/` prefix does not change any ordering).
 */
export function orgDistances(input: OrgChainInput): Map<string, Map<string, CrossDistance>> {
  const out = new Map<string, Map<string, CrossDistance>>();
  for (const d of compressionDistances(input)) {
    const at = parseRef(d.role);
    if (!at) continue;
    const mine = out.get(at.team) ?? new Map<string, CrossDistance>();
    out.set(at.team, mine);
    const local = (k: string) => (k.startsWith(`${at.team}/`) ? k.slice(at.team.length + 1) : k);
    mine.set(at.id, {
      distance: d.distance,
      chain: d.chain.map(local),
      via: d.via.map(local),
      chainNames: d.chain.map((k) => input.roleNames.get(k) ?? k),
      viaNames: d.via.map((k) => input.artifactNames.get(k) ?? k),
    });
  }
  return out;
}
