import { useState } from "react";
import { severityCounts } from "../flow/counts.ts";
import { namedNodes, subjectOf, type Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { Panel } from "./Panel.tsx";

const RANK = { ERROR: 0, WARNING: 1, INFO: 2 } as const;

/**
 * The gap report as a worklist: worst first. A click shows the finding on the map: its
 * subject, the nodes it names and what passes between them (a compression chain lit end to end).
 */
export function FindingsPanel({ graph, findings, score }: { graph: Graph; findings: readonly Finding[]; score: number }) {
  const { focus, focusNode, openPanel, setHighlight, highlight } = useStore();
  const [all, setAll] = useState(false);
  const about = (f: Finding) => subjectOf(f, graph);
  const scoped = focus !== null && !all ? findings.filter((f) => about(f) === focus) : findings;
  const sorted = [...scoped].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
  const subject = focus !== null ? graph.byId.get(focus) : undefined;
  const counts = severityCounts(findings);
  const show = (f: Finding, key: string) => {
    const id = about(f);
    if (id !== undefined) focusNode(id);
    openPanel("findings");
    setHighlight({ key, nodes: namedNodes(f, graph) });
  };
  return (
    <Panel title={subject !== undefined && !all ? `Gaps · ${subject.label}` : "Gap report"} kicker={`Score ${Math.round(score)} / 100 · ${counts.error} errors · ${counts.warning} warnings · ${counts.info} info`} onClose={() => { setHighlight(null); openPanel(focus !== null ? "details" : null); }}>
      {focus !== null ? (
        <button type="button" className="link" onClick={() => setAll(!all)}>{all ? "Only this one's findings" : `All ${counts.total} findings`}</button>
      ) : null}
      {sorted.length === 0 ? <p className="muted">No findings here.</p> : null}
      <ul className="findings" data-testid="findings">
        {sorted.map((f, i) => {
          const id = about(f);
          const key = `${f.rule}-${f.subjectId}-${i}`;
          return (
            <li key={key} className={`finding finding-${f.severity.toLowerCase()} ${highlight?.key === key ? "is-current" : ""}`} data-rule={f.rule}>
              <div className="finding-head">
                <span className="sev">{f.severity.toLowerCase()}</span> <code>{f.rule}</code>
                <span className="muted">{id !== undefined ? graph.byId.get(id)?.label : f.subjectKind}</span>
              </div>
              <div>{f.message}</div>
              <div className="remedy">{f.remediation}</div>
              <button type="button" className="link" onClick={() => show(f, key)} aria-pressed={highlight?.key === key}>Show on the map</button>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
