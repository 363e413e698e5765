import { subjectOf, type GapReport } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { EdgePanel } from "./EdgePanel.tsx";
import { FindingsPanel } from "./FindingsPanel.tsx";

/** The map's right-hand side (a bottom sheet on a phone): the focus's details, an edge's, or the gap report. */
export function SidePanel({ team, graph, report, stages = [] }: { team: string; graph: Graph; report: GapReport | undefined; stages?: readonly { id: string; name: string }[] }) {
  const panel = useStore((s) => s.panel);
  const focus = useStore((s) => s.focus);
  const edge = useStore((s) => s.edge);
  const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
  if (panel === "findings") return report === undefined ? null : <FindingsPanel graph={graph} findings={report.findings} score={report.score} />;
  if (panel === "edge" && edge !== null) return <EdgePanel graph={graph} edgeId={edge} stageName={stageName} />;
  const node = focus === null ? undefined : graph.byId.get(focus);
  if (panel === "details" && node !== undefined) {
    const about = (report?.findings ?? []).filter((f) => subjectOf(f, graph) === node.id);
    return <DetailsPanel team={team} graph={graph} node={node} findings={about} stageName={stageName} />;
  }
  return null;
}
