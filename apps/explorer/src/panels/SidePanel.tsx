import type { Graph } from "../flow/graph.ts";
import type { Team } from "../map/useMapModel.ts";
import { useStore } from "../store.ts";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { FindingsPanel } from "./FindingsPanel.tsx";

/** The map's right-hand side: the focus's details, or the gap report. */
export function SidePanel({ team, graph }: { team: Team; graph: Graph }) {
  const panel = useStore((s) => s.panel);
  const focus = useStore((s) => s.focus);
  if (panel === "findings") return <FindingsPanel graph={graph} findings={team.gapReport.findings} score={team.gapReport.score} />;
  const node = focus === null ? undefined : graph.byId.get(focus);
  if (panel === "details" && node !== undefined) return <DetailsPanel team={team.id} node={node} />;
  return null;
}
