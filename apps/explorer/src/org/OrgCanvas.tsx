import { Background, Controls, MiniMap, ReactFlow, type EdgeMouseHandler, type NodeMouseHandler } from "@xyflow/react";
import { useStore } from "../store.ts";
import { orgEdgeTypes, orgNodeTypes } from "./nodes/orgTypes.ts";
import { useOrgStore } from "./orgStore.ts";
import type { OrgEdge, OrgNode } from "./types.ts";
import type { OrgModel } from "./useOrgModel.ts";
import { useOrgFrame } from "./useOrgFrame.ts";

/** Above this many nodes only what is on screen is drawn, as on a large team map. */
const MANY = 300;
const MINIMAP_COLOR: Record<string, string> = { team: "#c9cfe6", orgRole: "#4f6bd8", orgArtifact: "#b9bcc4" };
// At module scope: a new function per render would redraw every minimap node.
const minimapColor = (n: OrgNode): string => MINIMAP_COLOR[n.type ?? ""] ?? "#ccc";

/**
 * The organisation on a canvas. A team opens its own map (drill-down); a role opens its
 * team's map on it; an artifact lights up its impact across teams; a bundle opens into its
 * flows and closes again.
 */
export function OrgCanvas({ model }: { model: OrgModel }) {
  const selectTeam = useStore((s) => s.selectTeam);
  const focusNode = useStore((s) => s.focusNode);
  const focusOrg = useStore((s) => s.focusOrg);
  const clearFocus = useStore((s) => s.clearFocus);
  const toggleBundle = useOrgStore((s) => s.toggleBundle);
  const setNear = useOrgStore((s) => s.setNear);
  useOrgFrame(model);

  const onNodeClick: NodeMouseHandler<OrgNode> = (_event, node) => {
    if (node.type === "team") selectTeam(node.data.id);
    else if (node.type === "orgRole") {
      selectTeam(node.data.team);
      focusNode(`role:${node.data.id}`);
    } else focusOrg(node.id);
  };
  const onEdgeClick: EdgeMouseHandler<OrgEdge> = (_event, edge) => {
    const bundle = model.bundles.find((b) => b.id === edge.data?.bundle);
    if (bundle !== undefined) toggleBundle(bundle.id, bundle.from, bundle.to);
  };
  const onNodeMouseEnter: NodeMouseHandler<OrgNode> = (_event, node) => setNear(node.type === "team" ? node.data.id : node.data.team);
  const onNodeMouseLeave: NodeMouseHandler<OrgNode> = () => setNear(null);
  const many = model.nodes.length > MANY;
  return (
    <div className={`org-canvas${model.impact === undefined ? "" : " has-impact"}${model.near === null ? "" : " has-near"}`} data-ready="true" data-teams={model.org.teams.length}>
      <ReactFlow
        nodes={model.nodes}
        edges={model.edges}
        nodeTypes={orgNodeTypes}
        edgeTypes={orgEdgeTypes}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onNodeMouseEnter={onNodeMouseEnter}
        onNodeMouseLeave={onNodeMouseLeave}
        onPaneClick={clearFocus}
        onlyRenderVisibleElements={many}
        nodesConnectable={false}
        nodesDraggable={false}
        elementsSelectable={false}
        minZoom={0.05}
        maxZoom={2}
      >
        <Background gap={24} size={1} color="#e6e6e2" />
        <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(240,240,236,0.7)" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
