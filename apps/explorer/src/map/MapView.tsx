import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, type NodeMouseHandler } from "@xyflow/react";
import { useShallow } from "zustand/react/shallow";
import { SparseEdges } from "../flow/edges/FlowEdge.tsx";
import { edgeTypes } from "../flow/edges/edgeTypes.ts";
import type { Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { OPENING } from "../flow/frame.ts";
import { LARGE_MAP } from "../flow/layout.ts";
import { nodeTypes } from "../flow/nodes/nodeTypes.ts";
import type { AnyNode } from "../flow/types.ts";
import { useStore, viewStateOf } from "../store.ts";
import { FocusLegend } from "./FocusLegend.tsx";
import { MapHint } from "./MapHint.tsx";
import { MapToolbar } from "./MapToolbar.tsx";
import { OverviewNode } from "./OverviewNode.tsx";
import { useFrame } from "./useFrame.ts";
import { useLabels } from "./useLabels.ts";
import { useLayout } from "./useLayout.ts";
import { useMapModel, type MapModel, type Team } from "./useMapModel.ts";

const MINIMAP_COLOR: Record<string, string> = { role: "#4f6bd8", artifact: "#b9bcc4", agent: "#8a6fc9", contract: "#d08a2e", lane: "transparent" };
// At module scope: a new function per render would redraw every minimap node.
const minimapColor = (n: AnyNode): string => MINIMAP_COLOR[n.type ?? ""] ?? "#ccc";

function Canvas({ model, team }: { model: MapModel; team: Team }) {
  const direction = useStore((s) => s.direction);
  const focusNode = useStore((s) => s.focusNode);
  const clearFocus = useStore((s) => s.clearFocus);
  const drawAll = useStore((s) => s.drawAll);
  const { nodes, ready } = useLayout(model.nodes, model.edges, model.stages, direction);
  const large = model.nodes.length > LARGE_MAP;
  useFrame(model, nodes, ready, large, direction);
  const edges = useLabels(nodes, model.edges, direction);

  const onNodeClick: NodeMouseHandler<AnyNode> = (_event, node) => {
    if (node.type !== "lane") focusNode(node.id);
  };
  return (
    <div className={`map-canvas${model.focus === undefined ? "" : " has-focus"}`} data-ready={ready ? "true" : "false"} data-team={team.id}>
      <SparseEdges.Provider value={large && !drawAll}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onlyRenderVisibleElements={large && !drawAll}
          onNodeClick={onNodeClick}
          onPaneClick={clearFocus}
          nodesConnectable={false}
          nodesDraggable={false}
          elementsSelectable={false}
          defaultViewport={OPENING}
          minZoom={0.1}
          maxZoom={2}
        >
          <Background gap={24} size={1} color="#e6e6e2" />
          <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(240,240,236,0.7)" {...(large ? { nodeComponent: OverviewNode } : {})} />
          <Controls showInteractive={false} />
          <MapHint large={large && !drawAll} focused={model.focus !== undefined} />
        </ReactFlow>
      </SparseEdges.Provider>
      <FocusLegend model={model} />
    </div>
  );
}

export function MapView({ team, graph, findings }: { team: Team; graph: Graph; findings: readonly Finding[] }) {
  const view = useStore(useShallow(viewStateOf));
  const highlight = useStore((s) => s.highlight);
  const model = useMapModel(team, graph, findings, view, highlight);
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
