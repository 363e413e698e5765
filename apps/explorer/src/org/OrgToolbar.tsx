import { useOrgStore } from "./orgStore.ts";
import { MANY_BUNDLES } from "./toOrgFlow.ts";
import type { OrgModel } from "./useOrgModel.ts";

const OPEN_ALL_MAX = 200;
const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** What the organisation holds, and opening or closing every team at once. */
export function OrgToolbar({ model, onCheckGaps }: { model: OrgModel; onCheckGaps?: (() => void) | undefined }) {
  const openTeams = useOrgStore((s) => s.openTeams);
  const closeAll = useOrgStore((s) => s.closeAll);
  const open = useOrgStore((s) => s.open);
  const { org, bundles } = model;
  const flows = bundles.reduce((sum, b) => sum + b.count, 0);
  // Every team's members and flows at once: the read the opening map avoids (the API caps it too).
  const canOpenAll = org.teams.length <= OPEN_ALL_MAX;
  const badged = [...model.badges.values()].reduce((sum, b) => sum + b.error + b.warning, 0);
  return (
    <div className="toolbar org-toolbar">
      <span className="shown" data-testid="org-counts" data-teams={org.teams.length} data-flows={flows} data-bundles={bundles.length}>
        {plural(org.teams.length, "team")} · {plural(flows, "cross-team flow")} in {plural(bundles.length, "bundle")}
        {badged > 0 ? <> · <span className="warn-text">{plural(badged, "cross-team gap")}</span></> : null}
        {onCheckGaps === undefined ? null : <> · <button type="button" className="link" onClick={onCheckGaps} title="Runs the organisation's gap report: about a minute at 1,000 teams">Check cross-team gaps</button></>}
      </span>
      <span className="org-hint muted">
        Click a team to open its map, ▸ to look inside, a bundle to see its flows, an artifact for its impact.
        {bundles.length > MANY_BUNDLES ? " Point at a team to see whom it reads from and who reads it." : null}
      </span>
      <div className="spacer" />
      <div className="group">
        <button type="button" onClick={() => openTeams(org.teams.map((t) => t.id))} disabled={!canOpenAll || open.length === org.teams.length} title={canOpenAll ? undefined : `More than ${OPEN_ALL_MAX} teams: open them one by one`}>Open all teams</button>
        <button type="button" onClick={closeAll} disabled={open.length === 0}>Close all</button>
      </div>
    </div>
  );
}
