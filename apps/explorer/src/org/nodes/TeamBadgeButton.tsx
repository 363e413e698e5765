import type { MouseEvent } from "react";
import type { TeamBadge } from "../badges.ts";
import { useOrgStore } from "../orgStore.ts";

/** A team's cross-team findings by severity; a click lists them in the panel. */
export function TeamBadgeButton({ team, badge }: { team: string; badge: TeamBadge }) {
  const showFindings = useOrgStore((s) => s.showFindings);
  const label = [
    badge.error > 0 ? `${badge.error} error${badge.error > 1 ? "s" : ""}` : "",
    badge.warning > 0 ? `${badge.warning} warning${badge.warning > 1 ? "s" : ""}` : "",
    badge.info > 0 ? `${badge.info} info` : "",
  ].filter((s) => s !== "").join(", ");
  const open = (event: MouseEvent) => {
    // The group's own click drills down into the team.
    event.stopPropagation();
    showFindings(team);
  };
  return (
    <button type="button" className="gap-badge org-badge nodrag" data-testid="team-badge" onClick={open} title={`Cross-team: ${label} — show findings`} aria-label={`cross-team findings: ${label}`}>
      {badge.error > 0 ? <span className="sev-error">{badge.error}</span> : null}
      {badge.warning > 0 ? <span className="sev-warning">{badge.warning}</span> : null}
      {badge.error + badge.warning === 0 ? <span className="sev-info">{badge.info}</span> : null}
    </button>
  );
}
