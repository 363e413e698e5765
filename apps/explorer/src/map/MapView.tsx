import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, useStore as useFlowStore, type NodeMouseHandler } from "@xyflow/react";
import { useEffect } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Relation } from "../flow/focus.ts";
import type { Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { nodeTypes } from "../flow/nodes/nodeTypes.ts";
import type { AnyNode } from "../flow/types.ts";
import { useStore, viewStateOf } from "../store.ts";
import { FocusLegend } from "./FocusLegend.tsx";
import { MapToolbar } from "./MapToolbar.tsx";
import { useLayout } from "./useLayout.ts";
import { useMapModel, type MapModel, type Team } from "./useMapModel.ts";

const NEAR = new Set<Relation>(["focus", "producer", "consumer", "input", "output"]);
const MINIMAP_COLOR: Record<string, string> = { role: "#4f6bd8", artifact: "#b9bcc4", agent: "#8a6fc9", contract: "#d08a2e", lane: "transparent" };

function Canvas({ model, team }: { model: MapModel; team: Team }) {
  const direction = useStore((s) => s.direction);
  const focusNode = useStore((s) => s.focusNode);
  const clearFocus = useStore((s) => s.clearFocus);
  const { nodes, ready } = useLayout(model.nodes, model.edges, model.stages, direction);
  const { fitView } = useReactFlow();
  // Cadence labels on every edge are noise at overview zoom; they appear as you zoom in.
  const close = useFlowStore((s) => s.transform[2] >= 0.75);

  // Frame what matters: the focus and its nearest neighbours, readable; else the whole map.
  // Refits when the shape changes (filters, direction) or the focus moves, not on restyles.
  // Only the first ring is framed: lineage can span the whole lifecycle and would zoom out to nothing.
  const focusKey = model.focus === undefined ? "" : [...model.focus.relations].filter(([, r]) => NEAR.has(r)).map(([id]) => id).join(",");
  useEffect(() => {
    if (!ready) return;
    const lit = focusKey === "" ? undefined : focusKey.split(",").map((id) => ({ id }));
    // A frame later: React Flow must have measured the new nodes before it can frame them.
    const frame = requestAnimationFrame(() => void fitView({ nodes: lit, padding: lit === undefined ? 0.06 : 0.25, duration: 300, maxZoom: 1 }));
    return () => cancelAnimationFrame(frame);
  }, [ready, nodes.length, direction, focusKey, fitView]);

  const onNodeClick: NodeMouseHandler<AnyNode> = (_event, node) => {
    if (node.type !== "lane") focusNode(node.id);
  };
  return (
    <div className={`map-canvas ${close ? "zoom-close" : "zoom-far"}`} data-ready={ready ? "true" : "false"} data-team={team.id}>
      <ReactFlow
        nodes={nodes}
        edges={model.edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onPaneClick={clearFocus}
        nodesConnectable={false}
        nodesDraggable={false}
        elementsSelectable={false}
        minZoom={0.1}
        maxZoom={2}
      >
        <Background gap={24} size={1} color="#e6e6e2" />
        <MiniMap pannable zoomable nodeColor={(n) => MINIMAP_COLOR[n.type ?? ""] ?? "#ccc"} nodeStrokeWidth={0} maskColor="rgba(240,240,236,0.7)" />
        <Controls showInteractive={false} />
      </ReactFlow>
      <FocusLegend model={model} />
    </div>
  );
}

export function MapView({ team, graph, findings }: { team: Team; graph: Graph; findings: readonly Finding[] }) {
  const view = useStore(useShallow(viewStateOf));
  const model = useMapModel(team, graph, findings, view);
  if (model.graph.nodes.length === 0) {
    return (
      <div className="status">
        <h2>This team has nothing to map yet</h2>
        <p>Add roles and artifacts to its team file, then import it again with <code>npm run rolegraph -- import &lt;file&gt;</code>.</p>
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      <div className="map-view">
        <MapToolbar model={model} team={team} />
        <Canvas model={model} team={team} />
      </div>
    </ReactFlowProvider>
  );
}
