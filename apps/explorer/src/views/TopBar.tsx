import { severityCounts } from "../flow/counts.ts";
import type { GapReport } from "../flow/gaps.ts";
import type { View } from "../state/view.ts";
import { LiveIndicator } from "../live/LiveIndicator.tsx";
import { useStore } from "../store.ts";
import { ThemeToggle } from "./ThemeToggle.tsx";

const TABS: { view: View; label: string }[] = [
  { view: "map", label: "Map" },
  { view: "matrix", label: "Matrix" },
  { view: "table", label: "Table" },
  { view: "contract", label: "Contracts" },
  { view: "adoption", label: "Adoption" },
  { view: "org", label: "Organisation" },
];

/** Team, view, search and the gap report: the few things a team reaches for first. */
export function TopBar({ teams, report, reportError }: { teams: readonly { id: string; name: string }[]; report: GapReport | undefined; reportError: string | undefined }) {
  const { team, view, selectTeam, showView, setSearchOpen, openPanel, panel } = useStore();
  const counts = severityCounts(report?.findings ?? []);
  return (
    <header className="topbar">
      <div className="brand">Rolegraph</div>
      <select aria-label="Team" value={team ?? ""} onChange={(e) => selectTeam(e.target.value)} disabled={teams.length === 0}>
        {team !== null && !teams.some((t) => t.id === team) ? <option value={team}>{team}</option> : null}
        {teams.map((t) => (
          <option key={t.id} value={t.id}>{t.name}</option>
        ))}
      </select>
      <nav className="tabs" aria-label="Views">
        {TABS.map((t) => (
          <button key={t.view} type="button" className={view === t.view ? "on" : ""} aria-current={view === t.view ? "page" : undefined} onClick={() => showView(t.view)}>
            {t.label}
          </button>
        ))}
      </nav>
      <div className="spacer" />
      <LiveIndicator />
      {report !== undefined ? (
        <button type="button" className={`gaps-button ${panel === "findings" && view === "map" ? "on" : ""}`} data-testid="open-findings" aria-expanded={panel === "findings" && view === "map"} onClick={() => { showView("map"); openPanel(panel === "findings" ? null : "findings"); }} title="Open the gap report">
          Gaps <span className="score" title="Coordination score out of 100">score {Math.round(report.score)}</span>
          <span className="debt" data-testid="translation-debt-total" title={`Translation debt: ${report.translationDebt.uncovered} of ${report.translationDebt.seams} seams have no contract`}>debt {report.translationDebt.total}</span>
          {counts.error > 0 ? <span className="sev-error" title={`${counts.error} errors`}>{counts.error}<span className="sr-only"> errors</span></span> : null}
          {counts.warning > 0 ? <span className="sev-warning" title={`${counts.warning} warnings`}>{counts.warning}<span className="sr-only"> warnings</span></span> : null}
          {counts.info > 0 ? <span className="sev-info" title={`${counts.info} info`}>{counts.info}<span className="sr-only"> info</span></span> : null}
        </button>
      ) : reportError !== undefined ? (
        <span className="warn-text" title={reportError}>Gap report unavailable</span>
      ) : null}
      <button type="button" className="search-button" onClick={() => setSearchOpen(true)} aria-label="Search (slash key)" aria-keyshortcuts="/ Control+K">
        <span className="wide-only">Search </span><kbd aria-hidden="true">/</kbd>
      </button>
      <ThemeToggle />
    </header>
  );
}
