import { MarkerType } from "@xyflow/react";
import type { TeamBadge } from "./badges.ts";
import { dependencies, type Bundle } from "./bundle.ts";
import { COLLAPSED, MEMBER, memberPosition, openSize, orderTeams, placeGroups } from "./groupLayout.ts";
import { sideHandles } from "./handles.ts";
import { flowId, type OrgImpact } from "./impact.ts";
import { flowsByProducer, membersOf, type Member } from "./members.ts";
import { artifactNodeId, groupId, roleNodeId, type Org } from "./model.ts";
import type { OrgEdge, OrgEdgeData, OrgNode, TeamNode } from "./types.ts";

export interface OrgFlowInput {
  org: Org;
  bundles: readonly Bundle[];
  badges: ReadonlyMap<string, TeamBadge>;
  /** Teams shown with their members. */
  open: ReadonlySet<string>;
  /** Bundles shown as their individual flows. */
  openBundles: ReadonlySet<string>;
  impact: OrgImpact | undefined;
  /** Each bundle's translation debt, by bundle id, once the organisation's report is in. */
  debts?: ReadonlyMap<string, number>;
  /** The team under the pointer: in a large organisation its bundles are drawn (see MANY_BUNDLES). */
  near?: string | null;
}

/**
 * Above this many bundles only those that touch an open team, the team under the pointer or
 * the focus's impact are drawn: 7,800 seams between 1,000 teams drawn at once are a
 * hairball, and each team's box says how many teams it reads from and is read by.
 */
export const MANY_BUNDLES = 400;

export interface OrgFlowResult {
  nodes: OrgNode[];
  edges: OrgEdge[];
}

const MARKER = { type: MarkerType.ArrowClosed, width: 14, height: 14 };
/** A backward edge runs this far under the lower of its teams: in the gap between rows. */
const UNDER = 24;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The organisation as React Flow nodes and edges, placed: teams as groups (open ones with
 * their roles and shared artifacts inside), cross-team flows bundled per team pair (an opened
 * bundle as its flows, from artifact to role where both teams are open). Nodes and edges
 * that draw as in `previous` are those same objects, so a click re-renders what it changes.
 */
export function toOrgFlow(input: OrgFlowInput, previous?: OrgFlowResult): OrgFlowResult {
  const { org, bundles, badges, open, openBundles, impact, near = null } = input;
  const outOf = flowsByProducer(org.flows);
  const deps = dependencies(bundles);
  const members = new Map<string, { roles: Member[]; artifacts: Member[] }>();
  for (const t of org.teams) members.set(t.id, membersOf(t, outOf.get(t.id) ?? []));

  const order = orderTeams(org.teams.map((t) => t.id), bundles);
  const sizeOf = (team: string) => {
    const m = members.get(team);
    return open.has(team) && m !== undefined ? openSize(m.roles.length, m.artifacts.length) : COLLAPSED;
  };
  const { at: positions, layered } = placeGroups(order, bundles, sizeOf);
  const teamById = new Map(org.teams.map((t) => [t.id, t]));
  const focusTeam = impact === undefined ? undefined : impact.focus.slice("artifact:".length, impact.focus.indexOf("/"));

  const nodes: OrgNode[] = [];
  for (const id of order) {
    const team = teamById.get(id);
    const m = members.get(id);
    if (team === undefined || m === undefined) continue;
    const size = sizeOf(id);
    const isOpen = open.has(id);
    const d = deps.get(id);
    nodes.push({
      id: groupId(id), type: "team", position: positions.get(id) ?? { x: 0, y: 0 }, ...size, measured: size,
      handles: sideHandles(size, "both"), className: isOpen ? "is-open" : "", zIndex: 0,
      data: {
        id, name: team.name, open: isOpen, roles: team.counts?.roles ?? m.roles.length, shared: team.counts?.shared ?? m.artifacts.length,
        dependsOn: d?.dependsOn.size ?? 0, dependents: d?.dependents.size ?? 0,
        badge: badges.get(id), impact: impact?.teams.get(id), holdsFocus: focusTeam === id,
      },
    } satisfies TeamNode);
    if (!isOpen) continue;
    m.roles.forEach((r, i) => {
      const nid = roleNodeId(id, r.id);
      nodes.push({ id: nid, type: "orgRole", parentId: groupId(id), extent: "parent", position: memberPosition("roles", i), ...MEMBER, measured: MEMBER, handles: sideHandles(MEMBER, "in"), data: { team: id, id: r.id, name: r.name, published: true, relation: impact?.relations.get(nid) } });
    });
    m.artifacts.forEach((a, i) => {
      const nid = artifactNodeId(id, a.id);
      nodes.push({ id: nid, type: "orgArtifact", parentId: groupId(id), extent: "parent", position: memberPosition("artifacts", i), ...MEMBER, measured: MEMBER, handles: sideHandles(MEMBER, "out"), data: { team: id, id: a.id, name: a.name, published: a.published, relation: impact?.relations.get(nid) } });
    });
  }

  const bottom = (team: string) => (positions.get(team)?.y ?? 0) + sizeOf(team).height;
  // In columns, a way back runs under every team between its ends (they are not in rows);
  // on the grid, under the lower of its two: under the whole grid would be a long way round.
  const spanBottom = (from: string, to: string) => {
    if (!layered) return Math.max(bottom(from), bottom(to));
    const left = positions.get(to)?.x ?? 0;
    const right = (positions.get(from)?.x ?? 0) + sizeOf(from).width;
    let low = Math.max(bottom(from), bottom(to));
    for (const [team, p] of positions) if (p.x >= left && p.x <= right) low = Math.max(low, bottom(team));
    return low;
  };
  const edges: OrgEdge[] = [];
  const sparse = bundles.length > MANY_BUNDLES;
  const touches = (b: Bundle) => open.has(b.from) || open.has(b.to) || b.from === near || b.to === near || impact?.bundles.has(b.id) === true;
  for (const b of bundles) {
    if (!teamById.has(b.from) || !teamById.has(b.to)) continue;
    if (sparse && !touches(b)) continue;
    const under = spanBottom(b.from, b.to) + UNDER;
    if (!openBundles.has(b.id)) {
      const lit = impact?.bundles.has(b.id) === true;
      const debt = input.debts?.get(b.id);
      const label = debt === undefined ? String(b.count) : `${b.count} · debt ${debt}`;
      edges.push(edge(b.id, groupId(b.from), groupId(b.to), { kind: "bundle", bundle: b.id, count: b.count, uncontracted: b.uncontracted, lit, label, debt, under }, describeBundle(b, debt)));
      continue;
    }
    for (const f of b.flows) {
      const id = flowId(f.artifact, f.consumer);
      const source = open.has(b.from) ? artifactNodeId(b.from, f.artifact.id) : groupId(b.from);
      const target = open.has(b.to) ? roleNodeId(b.to, f.consumer.id) : groupId(b.to);
      const lit = impact?.flows.has(id) === true;
      const label = `${f.artifact.name} → ${f.consumer.name}`;
      edges.push(edge(id, source, target, { kind: "flow", bundle: b.id, count: 1, uncontracted: f.contract === null ? 1 : 0, lit, label, debt: undefined, under }, `${label}${f.contract === null ? ", no contract" : `, under ${f.contract}`}`));
    }
  }
  return reuse({ nodes, edges }, previous);
}

function edge(id: string, source: string, target: string, data: OrgEdgeData, ariaLabel: string): OrgEdge {
  const state = `${data.lit ? " is-lit" : ""}${data.uncontracted > 0 ? " is-uncontracted" : ""}`;
  return { id, type: "org", source, target, className: `org-${data.kind}${state}`, markerEnd: MARKER, ariaLabel, data };
}

/** A short description of a bundle, for its title and the panel. */
export function describeBundle(b: Bundle, debt?: number): string {
  const contracts = b.uncontracted === 0 ? "all under contract" : `${b.uncontracted} without a contract`;
  const owed = debt === undefined ? "" : `, translation debt ${debt}`;
  return `${plural(b.count, "flow")} of ${plural(b.artifacts, "artifact")} from ${b.from} to ${b.to}, ${contracts}${owed}; click to show them`;
}

const shallowSame = (a: object, b: object): boolean => {
  const ka = Object.keys(a) as (keyof typeof a)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x: unknown = a[k];
    const y: unknown = b[k];
    if (x === y) return true;
    // One level down: positions, sizes, impact counts are rebuilt as new literals every time.
    return typeof x === "object" && typeof y === "object" && x !== null && y !== null && !Array.isArray(x) && shallowSame(x, y);
  });
};

function reuse(next: OrgFlowResult, previous: OrgFlowResult | undefined): OrgFlowResult {
  if (previous === undefined) return next;
  const oldNodes = new Map(previous.nodes.map((n) => [n.id, n]));
  const oldEdges = new Map(previous.edges.map((e) => [e.id, e]));
  const nodes = next.nodes.map((n) => {
    const old = oldNodes.get(n.id);
    return old !== undefined && old.type === n.type && old.className === n.className && old.width === n.width && old.height === n.height
      && old.position.x === n.position.x && old.position.y === n.position.y && shallowSame(old.data, n.data) ? old : n;
  });
  const edges = next.edges.map((e) => {
    const old = oldEdges.get(e.id);
    return old !== undefined && old.source === e.source && old.target === e.target && old.className === e.className && old.ariaLabel === e.ariaLabel && old.data !== undefined && e.data !== undefined && shallowSame(old.data, e.data) ? old : e;
  });
  const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return { nodes: same(nodes, previous.nodes) ? previous.nodes : nodes, edges: same(edges, previous.edges) ? previous.edges : edges };
}
