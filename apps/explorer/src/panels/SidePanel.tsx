import { subjectOf, type GapReport } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { FindingsPanel } from "./FindingsPanel.tsx";

/** The map's right-hand side: the focus's details, or the gap report. */
export function SidePanel({ team, graph, report }: { team: string; graph: Graph; report: GapReport | undefined }) {
  const panel = useStore((s) => s.panel);
  const focus = useStore((s) => s.focus);
  if (panel === "findings") return report === undefined ? null : <FindingsPanel graph={graph} findings={report.findings} score={report.score} />;
  const node = focus === null ? undefined : graph.byId.get(focus);
  if (panel === "details" && node !== undefined) {
    const about = (report?.findings ?? []).filter((f) => subjectOf(f, graph) === node.id);
    return <DetailsPanel team={team} node={node} findings={about} />;
  }
  return null;
}
