import { chainInputOf, orgDistances } from "./org-chains.ts";
import type { CrossTeam, ForeignConsumer, OrgGraph, ResolvedArtifact, ResolvedRole, TeamGraph } from "./graph.ts";
import { all } from "./indexes.ts";
import { parseRef, referencesOf } from "./refs.ts";

/**
 * The organisation graph, pure: every team's graph with its `across` filled in, so the rules
 * that run on one team see the others through it. A qualified reference resolves to the
 * other team's element when that team and element are in `teams`, whatever order they came
 * in; what resolves to nothing stays as written, for `unresolved-reference`.
 */
export function buildOrg(graphs: readonly TeamGraph[], options: { chains?: boolean } = {}): OrgGraph {
  const byTeam = new Map(graphs.map((g) => [g.team.id, g]));
  const resolved = new Map<string, Map<string, ResolvedArtifact | ResolvedRole | null>>();
  const consumers = new Map<string, Map<string, ForeignConsumer[]>>();
  for (const g of graphs) {
    const refs = new Map<string, ResolvedArtifact | ResolvedRole | null>();
    for (const r of referencesOf(g)) {
      if (!refs.has(r.ref)) refs.set(r.ref, resolve(byTeam, r.ref, r.kind));
      const target = refs.get(r.ref);
      if (target?.kind !== "artifact" || !r.role || (r.by.kind !== "role" && r.by.kind !== "agent")) continue;
      const into = consumers.get(target.team) ?? new Map<string, ForeignConsumer[]>();
      consumers.set(target.team, into);
      const list = into.get(target.id) ?? [];
      into.set(target.id, list);
      list.push({
        team: g.team.id, role: r.role, roleName: g.index.role.get(r.role)?.name ?? r.role,
        ...(r.by.kind === "agent" ? { agent: r.by.id } : {}), ...(r.stage ? { stage: r.stage } : {}),
      });
    }
    resolved.set(g.team.id, refs);
  }
  const known = new Set(byTeam.keys());
  const distances = options.chains === false ? undefined : orgDistances(chainInputOf(graphs, resolved));
  const teams = new Map(graphs.map((g): [string, TeamGraph] => {
    const across: CrossTeam = {
      teams: known,
      consumersOf: consumers.get(g.team.id) ?? new Map(),
      resolved: resolved.get(g.team.id) ?? new Map(),
      ...(distances ? { distances: distances.get(g.team.id) ?? new Map() } : {}),
    };
    return [g.team.id, { ...g, across }];
  }));
  return { teams };
}

/** What a qualified reference names in the graph, or null. */
export function resolve(teams: ReadonlyMap<string, TeamGraph>, ref: string, kind: "artifact" | "role"): ResolvedArtifact | ResolvedRole | null {
  const parsed = parseRef(ref);
  const owner = parsed && teams.get(parsed.team);
  if (!parsed || !owner) return null;
  if (kind === "role") {
    const role = owner.index.role.get(parsed.id);
    return role ? { kind: "role", team: parsed.team, id: role.id, name: role.name } : null;
  }
  const artifact = owner.index.artifact.get(parsed.id);
  if (!artifact) return null;
  const { role, producersOf, writersOf, contractsFrom } = owner.index;
  const producerIds = [...new Set([...all(producersOf, artifact.id).map((f) => f.role), ...all(writersOf, artifact.id).map((w) => w.role)])].sort();
  const carriedTo = producerIds.flatMap((p) => all(contractsFrom, p).filter((k) => k.carries.includes(artifact.id)).map((k) => k.to));
  return {
    kind: "artifact", team: parsed.team, id: artifact.id, name: artifact.name, external: artifact.external, published: artifact.published,
    producers: producerIds.map((id) => ({ id, name: role.get(id)?.name ?? id })),
    carriedTo: [...new Set(carriedTo)].sort(),
  };
}
