import { MatrixDocument, type Engagement } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { useStore } from "../store.ts";
import { StatusScreen } from "./StatusScreen.tsx";

const WORD: Record<Engagement, string> = { LEAD: "Lead", SUPPORT: "Support", CONSULT: "Consult" };

/**
 * The essay's Role x Lifecycle matrix: where each Role OS engages. A stage with no lead is
 * called out, because that is where work stalls. Every cell leads back into the map.
 */
export function MatrixView({ team }: { team: string }) {
  const q = useQuery(MatrixDocument, { team });
  const { focusNode, toggleStage, showEverything } = useStore();
  const t = q.data?.team;
  if (t === undefined || t === null) return <StatusScreen state={q} what="the matrix" />;
  const stages = [...t.stages].sort((a, b) => a.order - b.order);
  const cell = new Map(t.matrix.map((m) => [`${m.role.id}|${m.stage.id}`, m.engagement]));
  const leads = (stage: string) => t.matrix.filter((m) => m.stage.id === stage && m.engagement === "LEAD").length;
  const openInMap = (role: string, stage?: string) => {
    showEverything();
    if (stage !== undefined) toggleStage(stage);
    focusNode(`role:${role}`);
  };
  return (
    <div className="matrix-view">
      <h2>Role × Lifecycle</h2>
      <p className="muted">Who leads, supports or consults in each stage. Click a role or a cell to see it on the map.</p>
      <table className="matrix" data-testid="matrix">
        <thead>
          <tr>
            <th scope="col">Role</th>
            {stages.map((s) => (
              <th key={s.id} scope="col" className={leads(s.id) === 0 ? "no-lead" : ""} title={leads(s.id) === 0 ? "No role leads this stage" : undefined}>
                {s.name}
                {leads(s.id) === 0 ? <span className="sev-error-text"> · no lead</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.roles.map((r) => (
            <tr key={r.id} data-role={r.id}>
              <th scope="row"><button type="button" className="link" onClick={() => openInMap(r.id)}>{r.name}</button></th>
              {stages.map((s) => {
                const e = cell.get(`${r.id}|${s.id}`);
                return (
                  <td key={s.id} className={e === undefined ? "empty" : `eng eng-${e.toLowerCase()}`} data-engagement={e ?? ""}>
                    {e !== undefined ? (
                      <button type="button" onClick={() => openInMap(r.id, s.id)} title={`${r.name} in ${s.name}: open on the map`}>{WORD[e]}</button>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
