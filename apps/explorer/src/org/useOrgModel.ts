import { useMemo } from "react";
import { useLast } from "../map/useLast.ts";
import { crossTeamBadges, type TeamBadge } from "./badges.ts";
import { bundleFlows, bundlesOfSeams, dependencies, type Bundle } from "./bundle.ts";
import { orgImpact, type ImpactAnswer, type OrgImpact } from "./impact.ts";
import type { Org, OrgFinding } from "./model.ts";
import { MANY_BUNDLES, toOrgFlow, type OrgFlowResult } from "./toOrgFlow.ts";

export interface OrgModel extends OrgFlowResult {
  /** Who reads from whom: the team under the pointer brings these out (nearStyle.ts). */
  deps: ReturnType<typeof dependencies>;
  org: Org;
  bundles: Bundle[];
  badges: Map<string, TeamBadge>;
  impact: OrgImpact | undefined;
}

/**
 * Everything the org map draws, each part recomputed only when what it derives from moves:
 * the bundles with the organisation, the badges with the report, the impact with the focus.
 */
export function useOrgModel(
  org: Org, findings: readonly OrgFinding[], answer: ImpactAnswer | undefined, open: readonly string[], openBundles: readonly string[],
  debts?: ReadonlyMap<string, number>, near: string | null = null,
): OrgModel {
  const bundles = useMemo(() => (org.seams === undefined ? bundleFlows(org.flows) : bundlesOfSeams(org.seams, org.flows)), [org]);
  // Only a large organisation draws the bundles of the team under the pointer (toOrgFlow.ts):
  // a small one draws them all, and the pointer must not recompute its map.
  const shownNear = bundles.length > MANY_BUNDLES ? near : null;
  const deps = useMemo(() => dependencies(bundles), [bundles]);
  const badges = useMemo(() => crossTeamBadges(findings), [findings]);
  const impact = useMemo(() => (answer === undefined ? undefined : orgImpact(answer, bundles)), [answer, bundles]);
  const openSet = useMemo(() => new Set(open), [open]);
  const openBundleSet = useMemo(() => new Set(openBundles), [openBundles]);
  const last = useLast<OrgFlowResult>();
  const flow = useMemo(
    () => last.next((previous) => toOrgFlow({ org, bundles, badges, open: openSet, openBundles: openBundleSet, impact, near: shownNear, ...(debts ? { debts } : {}) }, previous)),
    [org, bundles, badges, openSet, openBundleSet, impact, debts, shownNear, last],
  );
  return { org, bundles, deps, badges, impact, nodes: flow.nodes, edges: flow.edges };
}
