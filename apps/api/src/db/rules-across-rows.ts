import { referencesOf, type CrossDistance, type CrossTeam, type ForeignConsumer, type ResolvedArtifact, type ResolvedRole, type TeamGraph } from "@rolegraph/rules";

type Opt<T> = T | null;
/** Rows of the statements in rules-across.ts. */
export interface CrossTeamRows {
  inbound: { artifact: string; team: string; role: string; roleName: string; stage: Opt<string>; agent: Opt<string> }[];
  artifacts: {
    team: string; id: string; name: string; external: Opt<boolean>; published: Opt<boolean>;
    producers: [string, string][]; carried: { from: Opt<string>; to: string }[];
  }[];
  roles: { team: string; id: string; name: string }[];
  teams: { id: string }[];
}

/**
 * A team's view of the other teams from the rows read beside its graph, pure: what buildOrg
 * (@rolegraph/rules org.ts) works out from every team's graph, here from the team's seams
 * only. A qualified reference with no row names nothing in the graph (null).
 */
export function crossTeamFromRows(graph: TeamGraph, rows: CrossTeamRows, distances?: ReadonlyMap<string, CrossDistance>): CrossTeam {
  const found = new Map<string, ResolvedArtifact | ResolvedRole>();
  for (const a of rows.artifacts) {
    const producers = [...new Map(a.producers.map(([id, name]) => [id, { id, name }])).values()].sort((x, y) => x.id.localeCompare(y.id));
    const ids = new Set(producers.map((p) => p.id));
    found.set(`artifact ${a.team}/${a.id}`, {
      kind: "artifact", team: a.team, id: a.id, name: a.name, external: a.external ?? false, published: a.published ?? false, producers,
      carriedTo: [...new Set(a.carried.filter((c) => c.from !== null && ids.has(c.from)).map((c) => c.to))].sort(),
    });
  }
  for (const r of rows.roles) found.set(`role ${r.team}/${r.id}`, { kind: "role", team: r.team, id: r.id, name: r.name });
  const resolved = new Map<string, ResolvedArtifact | ResolvedRole | null>();
  for (const r of referencesOf(graph)) if (!resolved.has(r.ref)) resolved.set(r.ref, found.get(`${r.kind} ${r.ref}`) ?? null);
  const consumersOf = new Map<string, ForeignConsumer[]>();
  for (const c of rows.inbound) {
    const list = consumersOf.get(c.artifact) ?? [];
    consumersOf.set(c.artifact, list);
    list.push({ team: c.team, role: c.role, roleName: c.roleName, ...(c.agent ? { agent: c.agent } : {}), ...(c.stage ? { stage: c.stage } : {}) });
  }
  return { teams: new Set(rows.teams.map((t) => t.id)), consumersOf, resolved, ...(distances ? { distances } : {}) };
}
