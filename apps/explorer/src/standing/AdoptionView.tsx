import { TeamStandingDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { useStore } from "../store.ts";
import { StatusScreen } from "../views/StatusScreen.tsx";
import { debtShare, nextStep } from "./standing.ts";

/**
 * The team view of where each role stands: the essay's six steps by role, the team's sums per
 * step, and the translation debt per boundary (docs/gap-report.md). Roles lead back to the map.
 */
export function AdoptionView({ team }: { team: string }) {
  const q = useQuery(TeamStandingDocument, { team });
  const { focusNode, showView } = useStore();
  const t = q.data?.team;
  if (t === undefined || t === null) return <StatusScreen state={q} what="where the team stands" />;
  const { adoption, translationDebt: debt } = t.gapReport;
  const name = new Map(t.roles.map((r) => [r.id, r.name]));
  const openInMap = (role: string) => { showView("map"); focusNode(`role:${role}`); };
  return (
    <div className="matrix-view adoption-view">
      <h2>Building the Role OSes</h2>
      <p className="muted">The essay's path, per role: {adoption.done} of {adoption.possible} steps taken. A role stands at the last step it reached in order.</p>
      <table className="matrix" data-testid="adoption">
        <thead>
          <tr>
            <th scope="col">Role</th>
            {adoption.byStep.map((s) => <th key={s.step} scope="col" title={s.name}>{s.step}. {s.name.split(" (")[0]}</th>)}
            <th scope="col">Stands at</th>
          </tr>
        </thead>
        <tbody>
          {adoption.roles.map((r) => (
            <tr key={r.roleId} data-role={r.roleId}>
              <th scope="row"><button type="button" className="link" onClick={() => openInMap(r.roleId)}>{name.get(r.roleId) ?? r.roleId}</button></th>
              {r.steps.map((s) => <td key={s.step} className={s.done ? "step-done" : "step-todo"} title={s.detail}>{s.done ? "✓" : "·"}</td>)}
              <td title={nextStep(r)?.detail ?? "every step taken"}>{r.reached}</td>
            </tr>
          ))}
          <tr className="totals">
            <th scope="row">Roles done</th>
            {adoption.byStep.map((s) => <td key={s.step}>{s.roles}</td>)}
            <td />
          </tr>
        </tbody>
      </table>
      <h2>Translation debt: {debt.total}</h2>
      <p className="muted">{debt.uncovered} of {debt.seams} seams have no contract. Each seam costs the boundaries its context has crossed, times the share of it no gate checks.</p>
      <table className="matrix" data-testid="translation-debt">
        <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Debt</th><th scope="col">Seams</th></tr></thead>
        <tbody>
          {debt.boundaries.map((b) => (
            <tr key={`${b.from}>${b.to}`}>
              <td>{name.get(b.from) ?? b.from}</td>
              <td>{name.get(b.to) ?? b.to}</td>
              <td><span className="debt-bar" style={{ width: `${Math.round(debtShare(b.debt, debt.total) * 100)}%` }} />{b.debt}</td>
              <td>{b.seams.map((s) => `${s.artifact} (${s.boundaries}×${s.uncovered}${s.contract !== null ? `, ${s.contract}` : ""})`).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
