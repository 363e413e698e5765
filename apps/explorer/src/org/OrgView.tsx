import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useMemo, useState } from "react";
import { OrgGapsDocument, OrgImpactDocument, OrgMapDocument, OrgOpenDocument, type OrgMapQuery, type OrgOpenQuery } from "../api/types.generated.ts";
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
/** Up to this many teams the cross-team gaps are read as the map opens (L: 100 teams, its report 5 s). */
const GAPS_AUTO_MAX = 250;

/**
 * The organisation view (`?view=org`): every team as a group, cross-team flows bundled
 * between them, cross-team gaps as badges; `&focus=artifact:TEAM/ID` lights up an
 * artifact's impact across teams. The map never waits for the report or the impact.
 */
export function OrgView() {
  const organization = useQuery(OrgMapDocument, {});
  const map = organization.data;
  if (map === undefined) return <StatusScreen state={organization} what="the organisation" />;
  if (map.organization.map.teams.length === 0) {
    return (
      <div className="status">
        <h2>No teams yet</h2>
        <p>Import team files to see how they compose: <code>npm run rolegraph -- import seed/examples/*.yaml</code></p>
      </div>
    );
  }
  return <OrgMap map={map} />;
}

/**
 * The opened teams' members and flows, read when opened; the last answer is kept while the
 * next is on its way, so opening a second team does not empty the first.
 */
function useOpened(open: readonly string[]): OrgOpenQuery | undefined {
  const teams = useMemo(() => [...open].sort(), [open]);
  const opened = useQuery(OrgOpenDocument, { teams }, teams.length === 0);
  // Kept in state, set during render as React's "information from previous renders" pattern.
  const [kept, setKept] = useState<OrgOpenQuery | undefined>(undefined);
  const next = teams.length === 0 ? undefined : (opened.data ?? kept);
  if (next !== kept) setKept(next);
  return next;
}

function OrgMap({ map }: { map: OrgMapQuery }) {
  const focus = useStore((s) => s.focus);
  const depth = useStore((s) => s.depth);
  const open = useOrgStore((s) => s.open);
  const openBundles = useOrgStore((s) => s.openBundles);
  const near = useOrgStore((s) => s.near);
  const opened = useOpened(open);
  const org: Org = useMemo(() => toOrg(map, opened), [map, opened]);
  // The organisation's whole report, for its cross-team badges: at 1,000 teams about a minute
  // of the API's time and every finding of every team, so a large organisation asks for it.
  const [wantGaps, setWantGaps] = useState(map.organization.map.teams.length <= GAPS_AUTO_MAX);
  const gaps = useQuery(OrgGapsDocument, {}, !wantGaps);
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
  const model = useOrgModel(org, findings, answer, open, openBundles, debts, near);
  const impactError = target === undefined ? undefined : impact.status === "error" ? impact.error.message : impact.status === "ready" && answer === undefined ? `No artifact “${target.id}” in team “${target.team}”.` : undefined;
  return (
    <ReactFlowProvider>
      <div className="map-view org-view" data-testid="org-view">
        <OrgToolbar model={model} onCheckGaps={wantGaps ? undefined : () => setWantGaps(true)} />
        {gaps.status === "error" ? <div className="org-note warn-text">Cross-team gap report unavailable: {gaps.error.message}</div> : null}
        <div className="org-body">
          <OrgCanvas model={model} />
          <OrgPanel model={model} focusName={impact.data?.team?.artifact?.name} impactError={impactError} />
        </div>
      </div>
    </ReactFlowProvider>
  );
}
