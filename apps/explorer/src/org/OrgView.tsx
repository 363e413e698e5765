import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useMemo } from "react";
import { OrgGapsDocument, OrgImpactDocument, OrganizationDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { useStore } from "../store.ts";
import { StatusScreen } from "../views/StatusScreen.tsx";
import { toFindings, toImpactAnswer, toOrg, toSeamDebts } from "./adapt.ts";
import { parseArtifactFocus } from "./impact.ts";
import type { Org, OrgFinding } from "./model.ts";
import { OrgCanvas } from "./OrgCanvas.tsx";
import { OrgPanel } from "./OrgPanel.tsx";
import { useOrgStore } from "./orgStore.ts";
import { OrgToolbar } from "./OrgToolbar.tsx";
import { useOrgModel } from "./useOrgModel.ts";
import "./org.css";

const NO_FINDINGS: OrgFinding[] = [];

/**
 * The organisation view (`?view=org`): every team as a group, cross-team flows bundled
 * between them, cross-team gaps as badges; `&focus=artifact:TEAM/ID` lights up an
 * artifact's impact across teams. The map never waits for the report or the impact.
 */
export function OrgView() {
  const organization = useQuery(OrganizationDocument, {});
  const org = useMemo(() => (organization.data === undefined ? undefined : toOrg(organization.data)), [organization.data]);
  if (org === undefined) return <StatusScreen state={organization} what="the organisation" />;
  if (org.teams.length === 0) {
    return (
      <div className="status">
        <h2>No teams yet</h2>
        <p>Import team files to see how they compose: <code>npm run rolegraph -- import seed/examples/*.yaml</code></p>
      </div>
    );
  }
  return <OrgMap org={org} />;
}

function OrgMap({ org }: { org: Org }) {
  const focus = useStore((s) => s.focus);
  const depth = useStore((s) => s.depth);
  const open = useOrgStore((s) => s.open);
  const openBundles = useOrgStore((s) => s.openBundles);
  const gaps = useQuery(OrgGapsDocument, {});
  const findings = useMemo(() => (gaps.data === undefined ? NO_FINDINGS : toFindings(gaps.data)), [gaps.data]);
  const debts = useMemo(() => (gaps.data === undefined ? undefined : toSeamDebts(gaps.data)), [gaps.data]);
  const target = parseArtifactFocus(focus);
  const focused = target !== undefined;
  const impact = useQuery(OrgImpactDocument, { team: target?.team ?? "", artifact: target?.id ?? "", depth }, !focused);
  const answer = useMemo(() => (!focused || impact.data === undefined ? undefined : toImpactAnswer(impact.data)), [focused, impact.data]);
  // A focus (a deep link too) opens its team once: the artifact is drawn, not just its team's box.
  const focusTeam = target?.team;
  const openTeams = useOrgStore((s) => s.openTeams);
  useEffect(() => {
    if (focusTeam !== undefined) openTeams([focusTeam]);
  }, [focusTeam, openTeams]);
  const model = useOrgModel(org, findings, answer, open, openBundles, debts);
  const impactError = target === undefined ? undefined : impact.status === "error" ? impact.error.message : impact.status === "ready" && answer === undefined ? `No artifact “${target.id}” in team “${target.team}”.` : undefined;
  return (
    <ReactFlowProvider>
      <div className="map-view org-view" data-testid="org-view">
        <OrgToolbar model={model} />
        {gaps.status === "error" ? <div className="org-note warn-text">Cross-team gap report unavailable: {gaps.error.message}</div> : null}
        <div className="org-body">
          <OrgCanvas model={model} />
          <OrgPanel model={model} focusName={impact.data?.team?.artifact?.name} impactError={impactError} />
        </div>
      </div>
    </ReactFlowProvider>
  );
}
