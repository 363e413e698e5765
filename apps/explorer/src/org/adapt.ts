import type { OrgGapsQuery, OrgImpactQuery, OrgMapQuery, OrgOpenQuery } from "../api/types.generated.ts";
import { bundleId } from "./bundle.ts";
import type { ImpactAnswer } from "./impact.ts";
import type { Org, OrgFinding, OrgFlow } from "./model.ts";

/**
 * The API's organisation as the org map's plain model: every team and seam counted (the
 * opening read), and the members and flows of the teams opened so far (`opened`, if read).
 */
export function toOrg(map: OrgMapQuery, opened?: OrgOpenQuery): Org {
  const { teams, seams } = map.organization.map;
  // What a team shares: what it publishes, and what other teams read although it does not.
  const unpublished = new Map<string, Set<string>>();
  for (const s of seams) {
    if (s.from === s.to) continue;
    const set = unpublished.get(s.from) ?? new Set<string>();
    for (const id of s.unpublished) set.add(id);
    unpublished.set(s.from, set);
  }
  const members = new Map((opened?.organization.teamsById ?? []).map((t) => [t.id, t]));
  const flows: OrgFlow[] = (opened?.organization.seamFlows ?? []).map((f) => ({
    artifact: { team: f.artifact.team, id: f.artifact.id, name: f.artifact.name, published: f.artifact.published },
    consumer: { team: f.consumer.team, id: f.consumer.id, name: f.consumer.name },
    contract: f.contract ?? null,
  }));
  return {
    teams: teams.map((t) => {
      const m = members.get(t.id);
      return {
        id: t.id,
        name: t.name,
        roles: m?.roles ?? [],
        published: m === undefined ? [] : m.artifacts.filter((a) => a.published).map(({ id, name }) => ({ id, name })),
        counts: { roles: t.roles, shared: t.published + (unpublished.get(t.id)?.size ?? 0) },
      };
    }),
    flows,
    seams: seams.map(({ from, to, flows: n, artifacts, uncontracted }) => ({ from, to, flows: n, artifacts, uncontracted })),
  };
}
export function toFindings(data: OrgGapsQuery): OrgFinding[] {
  return data.organization.gapReport.findings;
}

/** The translation debt of each team-to-team seam, by the bundle that draws it (`bundle:FROM>TO`). */
export function toSeamDebts(data: OrgGapsQuery): Map<string, number> {
  return new Map(data.organization.gapReport.translationDebt.teamBoundaries.map((b) => [bundleId(b.from, b.to), b.debt]));
}

/** Undefined when the team or the artifact is gone (a stale link). */
export function toImpactAnswer(data: OrgImpactQuery): ImpactAnswer | undefined {
  const a = data.team?.artifact;
  if (a === undefined || a === null) return undefined;
  const ref = (r: { id: string; name: string; team: { id: string } }) => ({ team: r.team.id, id: r.id, name: r.name });
  return {
    focus: ref(a),
    producers: a.producers.map((f) => ref(f.role)),
    consumers: a.consumers.map((f) => ref(f.role)),
    impacted: a.impactedRoles.map(ref),
    downstream: a.downstream.map(ref),
  };
}
