import { edgeLabel, edgeTitle } from "../flow/toFlow.ts";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { Panel } from "./Panel.tsx";

const KIND_NAME: Record<string, string> = { produces: "Produces", consumes: "Consumes", reads: "Agent reads", writes: "Agent writes", "derived-from": "Lineage", owns: "Owns an agent", handoff: "Handoff" };

/** One edge, clicked on the map: what flows, between whom (by name), how often, under which contract. */
export function EdgePanel({ graph, edgeId, stageName }: { graph: Graph; edgeId: string; stageName: (id: string) => string }) {
  const { showEdge, focusNode, openContract } = useStore();
  const edge = graph.edges.find((e) => e.id === edgeId);
  if (edge === undefined) return null;
  const name = (id: string) => graph.byId.get(id)?.label ?? id;
  const label = edgeLabel(edge, graph);
  return (
    <Panel title={edgeTitle(edge, graph)} kicker={KIND_NAME[edge.kind] ?? edge.kind} onClose={() => showEdge(null)}>
      <dl className="facts" data-testid="edge-details">
        <div><dt>From</dt><dd><button type="button" className="link" onClick={() => focusNode(edge.source)}>{name(edge.source)}</button></dd></div>
        <div><dt>To</dt><dd><button type="button" className="link" onClick={() => focusNode(edge.target)}>{name(edge.target)}</button></dd></div>
        {edge.cadence !== undefined && edge.cadence !== null ? <div><dt>Cadence</dt><dd>{edge.cadence}</dd></div> : null}
        {edge.stage !== undefined && edge.stage !== null ? <div><dt>Stage</dt><dd>{stageName(edge.stage)}</dd></div> : null}
        {label !== undefined && edge.kind === "handoff" ? <div><dt>Contract</dt><dd>{label}</dd></div> : null}
      </dl>
      {edge.contract !== undefined ? (
        <button type="button" className="primary" onClick={() => openContract(edge.contract?.id ?? "")}>Open the contract</button>
      ) : null}
    </Panel>
  );
}
