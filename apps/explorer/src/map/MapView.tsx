import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, type EdgeMouseHandler, type NodeMouseHandler } from "@xyflow/react";
import type { KeyboardEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { SparseEdges } from "../flow/edges/FlowEdge.tsx";
import { edgeTypes } from "../flow/edges/edgeTypes.ts";
import type { Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { OPENING } from "../flow/frame.ts";
import { LARGE_MAP } from "../flow/layout.ts";
import { nodeTypes } from "../flow/nodes/nodeTypes.ts";
import type { AnyNode, MapEdge } from "../flow/types.ts";
import { useStore, viewStateOf } from "../store.ts";
import { ARIA_LABELS } from "./aria.ts";
import { BadLink } from "./BadLink.tsx";
import { FocusLegend } from "./FocusLegend.tsx";
import { MapHint } from "./MapHint.tsx";
import { MapKey } from "./MapKey.tsx";
import { MapToolbar } from "./MapToolbar.tsx";
import { OffscreenStages } from "./OffscreenStages.tsx";
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
  const showEdge = useStore((s) => s.showEdge);
  const drawAll = useStore((s) => s.drawAll);
  const { nodes, ready } = useLayout(model.nodes, model.edges, model.stages, direction, model.leaderless);
  const large = model.nodes.length > LARGE_MAP;
  useFrame(model, nodes, ready, large, direction);
  const edges = useLabels(nodes, model.edges, direction);

  const onNodeClick: NodeMouseHandler<AnyNode> = (_event, node) => {
    if (node.type !== "lane") focusNode(node.id);
  };
  const onEdgeClick: EdgeMouseHandler<MapEdge> = (_event, edge) => showEdge(edge.id);
  // Enter on a node focuses it (React Flow only selects); Escape anywhere on the map clears.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(".react-flow__node") : null;
    const id = target?.dataset.id;
    if (event.key === "Enter" && id !== undefined && !id.startsWith("lane:")) {
      event.preventDefault();
      focusNode(id);
    } else if (event.key === "Escape") clearFocus();
  };
  return (
    <div
      className={`map-canvas${model.focus === undefined ? "" : " has-focus"}`}
      data-ready={ready ? "true" : "false"}
      data-team={team.id}
      onKeyDown={onKeyDown}
      role="region"
      aria-label={`Composition map of ${team.name}: ${model.visibility.nodes.size} nodes. Tab to a node, Enter to focus it, Escape to clear. The Table view lists the same in text.`}
    >
      <SparseEdges.Provider value={large && !drawAll}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onlyRenderVisibleElements={large && !drawAll}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={clearFocus}
          nodesConnectable={false}
          nodesDraggable={false}
          elementsSelectable={false}
          // Edges are read in the side panel and the table, not tabbed through: 130 edges before the first node was the old order.
          edgesFocusable={false}
          ariaLabelConfig={ARIA_LABELS}
          defaultViewport={OPENING}
          minZoom={0.1}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} size={1} color="var(--grid)" />
          <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="var(--minimap-mask)" ariaLabel="Overview of the whole map" {...(large ? { nodeComponent: OverviewNode } : {})} />
          <Controls showInteractive={false} />
          <MapHint large={large && !drawAll} focused={model.focus !== undefined} />
        </ReactFlow>
      </SparseEdges.Provider>
      <FocusLegend model={model} />
      {ready ? <OffscreenStages nodes={nodes} direction={direction} /> : null}
      <MapKey />
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
        <BadLink graph={graph} />
        <Canvas model={model} team={team} />
      </div>
    </ReactFlowProvider>
  );
}
