import { useShallow } from "zustand/react/shallow";
import { TeamVersionsDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { useStore } from "../store.ts";
import { marksCss } from "./marks.ts";
import { DEFAULT_HISTORY, historyOf } from "./state.ts";
import type { HistoryView } from "./useHistoryView.ts";
import "./history.css";

interface Candidate { id: string; label: string }

/**
 * The map's history strip: see the team at a version, compare two versions, or grey out roles
 * and agents to see what breaks. Everything it chooses lives in the URL (history/state.ts);
 * nothing it does writes to the graph.
 */
export function HistoryBar({ team, view, candidates }: { team: string; view: HistoryView; candidates: readonly Candidate[] }) {
  const history = useStore(useShallow(historyOf));
  const setHistory = useStore((s) => s.setHistory);
  const focus = useStore((s) => s.focus);
  const versions = useQuery(TeamVersionsDocument, { team });
  const list = versions.data?.team?.versions ?? [];
  const newest = list[0]?.number;
  const chosen = history.compare?.to ?? history.version;
  const focusable = focus !== null && candidates.some((c) => c.id === focus) && !history.whatIf.includes(focus) ? focus : null;

  const see = (value: string) => setHistory({ ...DEFAULT_HISTORY, version: value === "" ? null : Number(value) });
  const compareWith = (value: string) => {
    const to = chosen ?? newest;
    if (value === "" || to === undefined) setHistory({ ...DEFAULT_HISTORY, version: history.compare?.to ?? history.version });
    else setHistory({ ...DEFAULT_HISTORY, compare: { from: Number(value), to } });
  };
  const greyOut = (id: string) => setHistory({ ...DEFAULT_HISTORY, whatIf: [...history.whatIf, id] });
  const restore = (id: string) => setHistory({ ...DEFAULT_HISTORY, whatIf: history.whatIf.filter((w) => w !== id) });
  const label = (id: string) => candidates.find((c) => c.id === id)?.label ?? id;
  const diff = view.diff;

  return (
    <div className="history-bar" data-mode={view.mode}>
      <div className="history-row">
        <label className="history-field">
          History
          <select aria-label="Version" value={chosen ?? ""} onChange={(e) => see(e.target.value)}>
            <option value="">Now</option>
            {list.map((v) => (
              <option key={v.number} value={v.number}>{`v${v.number} · ${v.importedAt.slice(0, 16).replace("T", " ")} · ${v.importedBy ?? "?"} · +${v.added} −${v.removed} ~${v.changed}`}</option>
            ))}
          </select>
        </label>
        <label className="history-field">
          compared with
          <select aria-label="Compare with" value={history.compare?.from ?? ""} disabled={list.length < 2} onChange={(e) => compareWith(e.target.value)}>
            <option value="">—</option>
            {list.filter((v) => v.number !== (chosen ?? newest)).map((v) => <option key={v.number} value={v.number}>{`v${v.number}`}</option>)}
          </select>
        </label>
        <span className="history-sep" />
        <label className="history-field">
          What if without
          <select aria-label="What if without" value="" onChange={(e) => e.target.value && greyOut(e.target.value)}>
            <option value="">a role or agent…</option>
            {candidates.filter((c) => !history.whatIf.includes(c.id)).map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </label>
        {focusable !== null ? <button type="button" onClick={() => greyOut(focusable)}>{`Grey out ${label(focusable)}`}</button> : null}
        {history.whatIf.map((id) => (
          <button type="button" key={id} className="history-chip" title="Put it back" onClick={() => restore(id)}>{`${label(id)} ×`}</button>
        ))}
        {view.mode !== "now" ? <button type="button" className="history-reset" onClick={() => setHistory(DEFAULT_HISTORY)}>Back to now</button> : null}
        {diff !== undefined ? <Summary diff={diff} /> : null}
        {view.error !== undefined ? <span className="history-error">{view.error}</span> : null}
      </div>
      {view.mode === "whatif" && diff !== undefined ? <Breaks diff={diff} /> : null}
      {view.marks.size > 0 ? <style>{marksCss(view.marks, view.mode === "whatif" ? "greyed out" : "removed")}</style> : null}
    </div>
  );
}

function Summary({ diff }: { diff: NonNullable<HistoryView["diff"]> }) {
  const delta = diff.scoreAfter - diff.scoreBefore;
  return (
    <span className="history-summary" data-testid="history-summary">
      score {diff.scoreBefore} → <b className={delta < 0 ? "worse" : delta > 0 ? "better" : ""}>{diff.scoreAfter}</b>
      {` · ${diff.findingsIntroduced.length} introduced · ${diff.findingsResolved.length} resolved · ${diff.changes.length} changes`}
    </span>
  );
}

/** What a what-if breaks: the findings it introduces, worst first, each with its subject. */
function Breaks({ diff }: { diff: NonNullable<HistoryView["diff"]> }) {
  const rank = { ERROR: 0, WARNING: 1, INFO: 2 } as const;
  const findings = [...diff.findingsIntroduced].sort((a, b) => rank[a.severity] - rank[b.severity]);
  if (findings.length === 0) return <div className="history-breaks">Nothing breaks: no finding is introduced.</div>;
  return (
    <ul className="history-breaks" aria-label="What breaks">
      {findings.slice(0, 6).map((f) => (
        <li key={`${f.rule}|${f.subjectKind}|${f.subjectId}`} className={`sev-${f.severity.toLowerCase()}`}>
          <code>{f.rule}</code> {f.message}
        </li>
      ))}
      {findings.length > 6 ? <li>{`… and ${findings.length - 6} more`}</li> : null}
    </ul>
  );
}
