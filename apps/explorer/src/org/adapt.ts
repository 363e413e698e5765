import type { OrgGapsQuery, OrgImpactQuery, OrganizationQuery } from "../api/types.generated.ts";
import { bundleId } from "./bundle.ts";
import type { ImpactAnswer } from "./impact.ts";
import type { Org, OrgFinding } from "./model.ts";

/** The API's organisation as the org map's plain model. */
export function toOrg(data: OrganizationQuery): Org {
  const { teams, crossTeamFlows } = data.organization;
  return {
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      roles: t.roles,
      published: t.artifacts.filter((a) => a.published).map(({ id, name }) => ({ id, name })),
    })),
    flows: crossTeamFlows.map((f) => ({
      artifact: { team: f.artifact.team.id, id: f.artifact.id, name: f.artifact.name, published: f.artifact.published },
      consumer: { team: f.consumer.team.id, id: f.consumer.id, name: f.consumer.name },
      contract: f.contract?.id ?? null,
    })),
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
