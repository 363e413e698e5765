import { useState } from "react";
import { subjectOf, type Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { Panel } from "./Panel.tsx";

const RANK = { ERROR: 0, WARNING: 1, INFO: 2 } as const;

/** The gap report as a worklist: worst first; a click shows the subject on the map. */
export function FindingsPanel({ graph, findings, score }: { graph: Graph; findings: readonly Finding[]; score: number }) {
  const { focus, focusNode, openPanel } = useStore();
  const [all, setAll] = useState(false);
  const about = (f: Finding) => subjectOf(f, graph);
  const scoped = focus !== null && !all ? findings.filter((f) => about(f) === focus) : findings;
  const sorted = [...scoped].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
  const subject = focus !== null ? graph.byId.get(focus) : undefined;
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return (
    <Panel title={subject !== undefined && !all ? `Gaps · ${subject.label}` : "Gap report"} kicker={`Score ${Math.round(score)} / 100 · ${count("ERROR")} errors · ${count("WARNING")} warnings · ${count("INFO")} info`} onClose={() => openPanel(focus !== null ? "details" : null)}>
      {focus !== null ? (
        <button type="button" className="link" onClick={() => setAll(!all)}>{all ? "Only this one's findings" : `All ${findings.length} findings`}</button>
      ) : null}
      {sorted.length === 0 ? <p className="muted">No findings here.</p> : null}
      <ul className="findings" data-testid="findings">
        {sorted.map((f, i) => {
          const id = about(f);
          return (
            <li key={`${f.rule}-${f.subjectId}-${i}`} className={`finding finding-${f.severity.toLowerCase()} ${id === focus ? "is-current" : ""}`}>
              <div className="finding-head">
                <span className="sev">{f.severity.toLowerCase()}</span> <code>{f.rule}</code>
                {id !== undefined ? (
                  <button type="button" className="link" onClick={() => focusNode(id)}>{graph.byId.get(id)?.label ?? f.subjectId}</button>
                ) : <span className="muted"> {f.subjectKind} {f.subjectId}</span>}
              </div>
              <div>{f.message}</div>
              <div className="remedy">{f.remediation}</div>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
