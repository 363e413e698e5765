import { useOrgStore } from "./orgStore.ts";
import type { OrgModel } from "./useOrgModel.ts";

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** What the organisation holds, and opening or closing every team at once. */
export function OrgToolbar({ model }: { model: OrgModel }) {
  const openTeams = useOrgStore((s) => s.openTeams);
  const closeAll = useOrgStore((s) => s.closeAll);
  const open = useOrgStore((s) => s.open);
  const { org, bundles } = model;
  const badged = [...model.badges.values()].reduce((sum, b) => sum + b.error + b.warning, 0);
  return (
    <div className="toolbar org-toolbar">
      <span className="shown" data-testid="org-counts" data-teams={org.teams.length} data-flows={org.flows.length} data-bundles={bundles.length}>
        {plural(org.teams.length, "team")} · {plural(org.flows.length, "cross-team flow")} in {plural(bundles.length, "bundle")}
        {badged > 0 ? <> · <span className="warn-text">{plural(badged, "cross-team gap")}</span></> : null}
      </span>
      <span className="org-hint muted">Click a team to open its map, ▸ to look inside, a bundle to see its flows, an artifact for its impact.</span>
      <div className="spacer" />
      <div className="group">
        <button type="button" onClick={() => openTeams(org.teams.map((t) => t.id))} disabled={open.length === org.teams.length}>Open all teams</button>
        <button type="button" onClick={closeAll} disabled={open.length === 0}>Close all</button>
      </div>
    </div>
  );
}
