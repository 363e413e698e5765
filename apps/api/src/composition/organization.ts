import {
  memberNodeId, parseQualified, teamNodeId,
  type OrgBundleEdge, type OrgEdge, type OrgFlowEdge, type OrgMemberNode, type OrgNode, type OrgTeamNode,
} from "@rolegraph/schema";

/** The organisation read in one statement (db/cypher/organization.ts organizationGraph). */
export interface OrganizationRows {
  teams: { id: string; name: string; roles: number; artifacts: number; published: number }[];
  bundles: { producer: string; consumer: string; flows: number; artifacts: string[]; unpublished: number }[];
  roles: { team: string; id: string; name: string; order: number | null }[];
  artifacts: { team: string; id: string; name: string; published: boolean; order: number | null }[];
  flows: { role: string; artifact: string; cadence: string | null; contract: boolean }[];
}

export interface OrgComposition {
  nodes: OrgNode[];
  edges: OrgEdge[];
  /** The team the focus resolved to, or null. */
  focus: string | null;
  totalTeams: number;
  totalFlows: number;
}

/** The team a focus names: a team id, or the team of a qualified role or artifact id (`team/id`). */
export function focusTeam(focus: string | null | undefined): string | null {
  if (!focus) return null;
  const plain = focus.replace(/^(team|role|artifact):/, "");
  return parseQualified(plain)?.team ?? plain;
}

/**
 * The organisation map: every team a group, the flows between teams bundled per pair. With a
 * focus, only the teams within `depth` team hops of the focus's team (flows in either
 * direction), the focus's team expanded into its roles and the artifacts other teams see.
 */
export function buildOrgComposition(rows: OrganizationRows, options: { focus?: string | null; depth?: number }): OrgComposition {
  const focus = focusTeam(options.focus);
  const distance = focus ? teamDistances(focus, rows.bundles, options.depth ?? 1) : null;
  const shown = (team: string) => !distance || distance.has(team);
  const expanded = new Set([...rows.roles, ...rows.artifacts].map((m) => m.team));

  const nodes: OrgNode[] = rows.teams.filter((t) => shown(t.id)).map((t): OrgTeamNode => ({
    id: teamNodeId(t.id), kind: "team", entityId: t.id, label: t.name,
    data: { roles: t.roles, artifacts: t.artifacts, published: t.published, expanded: expanded.has(t.id) },
    ...(distance ? { distance: distance.get(t.id) ?? 0 } : {}),
  }));
  const byOrder = <T extends { team: string; id: string; order: number | null }>(a: T, b: T) =>
    a.team.localeCompare(b.team) || (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id);
  for (const r of [...rows.roles].sort(byOrder)) nodes.push(member("role", r.team, r.id, r.name));
  for (const a of [...rows.artifacts].sort(byOrder)) nodes.push({ ...member("artifact", a.team, a.id, a.name), data: { team: a.team, published: a.published } });

  const edges: OrgEdge[] = rows.bundles.filter((b) => shown(b.producer) && shown(b.consumer)).map((b): OrgBundleEdge => ({
    id: `teams:${b.producer}->${b.consumer}`, kind: "team-flow", source: teamNodeId(b.producer), target: teamNodeId(b.consumer),
    count: b.flows, artifacts: [...b.artifacts].sort(), unpublished: b.unpublished,
  }));
  const visible = new Set(nodes.map((n) => n.id));
  for (const f of rows.flows) {
    const [artifact, role] = [qualifiedNode("artifact", f.artifact), qualifiedNode("role", f.role)];
    // A flow whose other end is in a team not expanded is drawn from or to that team's group.
    const source = visible.has(artifact) ? artifact : teamNodeId(parseQualified(f.artifact)?.team ?? "");
    const target = visible.has(role) ? role : teamNodeId(parseQualified(f.role)?.team ?? "");
    if (!visible.has(source) || !visible.has(target)) continue;
    edges.push({ id: `flow:${f.artifact}->${f.role}`, kind: "consumes", source, target, cadence: f.cadence, contracted: f.contract } satisfies OrgFlowEdge);
  }
  edges.sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges, focus, totalTeams: rows.teams.length, totalFlows: rows.bundles.reduce((n, b) => n + b.flows, 0) };
}

function member(kind: "role" | "artifact", team: string, id: string, label: string): OrgMemberNode {
  return { id: memberNodeId(kind, team, id), kind, entityId: `${team}/${id}`, label, parentId: teamNodeId(team), data: { team } };
}

function qualifiedNode(kind: "role" | "artifact", qualified: string): string {
  const q = parseQualified(qualified);
  return q ? memberNodeId(kind, q.team, q.id) : "";
}

/** Team hops from `from` over the bundles, either direction, up to `depth`. */
function teamDistances(from: string, bundles: OrganizationRows["bundles"], depth: number): Map<string, number> {
  const next = new Map<string, Set<string>>();
  for (const b of bundles) {
    for (const [x, y] of [[b.producer, b.consumer], [b.consumer, b.producer]] as const) {
      const set = next.get(x) ?? new Set<string>();
      set.add(y);
      next.set(x, set);
    }
  }
  const seen = new Map([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    frontier = frontier.flatMap((t) => [...(next.get(t) ?? [])].filter((n) => !seen.has(n)));
    for (const t of frontier) seen.set(t, d);
  }
  return seen;
}
