import { referencesOf, type CrossDistance, type CrossTeam, type ForeignConsumer, type ResolvedArtifact, type ResolvedRole, type TeamGraph } from "@rolegraph/rules";

type Opt<T> = T | null;
/** Rows of the statements in rules-across.ts. */
export interface CrossTeamRows {
  inbound: { artifact: string; team: string; role: string; roleName: string; stage: Opt<string>; agent: Opt<string> }[];
  /** What the team's qualified references point at; `kind` null for a placeholder (not in the graph). */
  outbound: {
    kind: Opt<"artifact" | "role">; team: string; id: string; name: Opt<string>; external: Opt<boolean>; published: Opt<boolean>;
    producers: [string, string][]; carried: { from: Opt<string>; to: string }[]; teamExists: boolean;
  }[];
}

/**
 * A team's view of the other teams from the rows read beside its graph, pure: what buildOrg
 * (@rolegraph/rules org.ts) works out from every team's graph, here from the team's seams
 * only. A qualified reference with no row names nothing in the graph (null).
 */
export function crossTeamFromRows(graph: TeamGraph, rows: CrossTeamRows, distances?: ReadonlyMap<string, CrossDistance>): CrossTeam {
  const found = new Map<string, ResolvedArtifact | ResolvedRole>();
  // The teams the references' targets belong to, where those teams are in the graph.
  const teams = new Set([graph.team.id]);
  for (const x of rows.outbound) {
    if (x.teamExists) teams.add(x.team);
    if (x.kind === "role") found.set(`role ${x.team}/${x.id}`, { kind: "role", team: x.team, id: x.id, name: x.name ?? x.id });
    if (x.kind !== "artifact") continue;
    const producers = [...new Map(x.producers.map(([id, name]) => [id, { id, name }])).values()].sort((p, q) => p.id.localeCompare(q.id));
    const ids = new Set(producers.map((p) => p.id));
    found.set(`artifact ${x.team}/${x.id}`, {
      kind: "artifact", team: x.team, id: x.id, name: x.name ?? x.id, external: x.external ?? false, published: x.published ?? false, producers,
      carriedTo: [...new Set(x.carried.filter((c) => c.from !== null && ids.has(c.from)).map((c) => c.to))].sort(),
    });
  }
  const resolved = new Map<string, ResolvedArtifact | ResolvedRole | null>();
  for (const r of referencesOf(graph)) if (!resolved.has(r.ref)) resolved.set(r.ref, found.get(`${r.kind} ${r.ref}`) ?? null);
  const consumersOf = new Map<string, ForeignConsumer[]>();
  for (const c of rows.inbound) {
    const list = consumersOf.get(c.artifact) ?? [];
    consumersOf.set(c.artifact, list);
    list.push({ team: c.team, role: c.role, roleName: c.roleName, ...(c.agent ? { agent: c.agent } : {}), ...(c.stage ? { stage: c.stage } : {}) });
  }
  return { teams, consumersOf, resolved, ...(distances ? { distances } : {}) };
}
