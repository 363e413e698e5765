import type { GapReport } from "../flow/gaps.ts";
import type { View } from "../state/view.ts";
import { LiveIndicator } from "../live/LiveIndicator.tsx";
import { useStore } from "../store.ts";

const TABS: { view: View; label: string }[] = [
  { view: "map", label: "Map" },
  { view: "matrix", label: "Matrix" },
  { view: "contract", label: "Contracts" },
  { view: "adoption", label: "Adoption" },
  { view: "org", label: "Organisation" },
];

/** Team, view, search and the gap report: the few things a team reaches for first. */
export function TopBar({ teams, report, reportError }: { teams: readonly { id: string; name: string }[]; report: GapReport | undefined; reportError: string | undefined }) {
  const { team, view, selectTeam, showView, setSearchOpen, openPanel, panel } = useStore();
  const findings = report?.findings ?? [];
  const errors = findings.filter((f) => f.severity === "ERROR").length;
  const warnings = findings.filter((f) => f.severity === "WARNING").length;
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
        <button type="button" className={`gaps-button ${panel === "findings" && view === "map" ? "on" : ""}`} data-testid="open-findings" onClick={() => { showView("map"); openPanel(panel === "findings" ? null : "findings"); }} title="Open the gap report">
          Gaps <span className="score" title="Coordination score out of 100">score {Math.round(report.score)}</span>
          <span className="debt" data-testid="translation-debt-total" title={`Translation debt: ${report.translationDebt.uncovered} of ${report.translationDebt.seams} seams have no contract`}>debt {report.translationDebt.total}</span>
          {errors > 0 ? <span className="sev-error" title={`${errors} errors`}>{errors}</span> : null}
          {warnings > 0 ? <span className="sev-warning" title={`${warnings} warnings`}>{warnings}</span> : null}
        </button>
      ) : reportError !== undefined ? (
        <span className="warn-text" title={reportError}>Gap report unavailable</span>
      ) : null}
      <button type="button" className="search-button" onClick={() => setSearchOpen(true)}>
        Search <kbd>/</kbd>
      </button>
    </header>
  );
}
