import { Background, Controls, MiniMap, ReactFlow, type EdgeMouseHandler, type NodeMouseHandler } from "@xyflow/react";
import { useCallback } from "react";
import { useStore } from "../store.ts";
import { nearStyle } from "./nearStyle.ts";
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

  // Stable handlers: React Flow hands them to every node and edge, and a new one re-renders all.
  const onNodeClick = useCallback<NodeMouseHandler<OrgNode>>((_event, node) => {
    if (node.type === "team") selectTeam(node.data.id);
    else if (node.type === "orgRole") {
      selectTeam(node.data.team);
      focusNode(`role:${node.data.id}`);
    } else focusOrg(node.id);
  }, [selectTeam, focusNode, focusOrg]);
  const { bundles } = model;
  const onEdgeClick = useCallback<EdgeMouseHandler<OrgEdge>>((_event, edge) => {
    const bundle = bundles.find((b) => b.id === edge.data?.bundle);
    if (bundle !== undefined) toggleBundle(bundle.id, bundle.from, bundle.to);
  }, [bundles, toggleBundle]);
  const onNodeMouseEnter = useCallback<NodeMouseHandler<OrgNode>>((_event, node) => setNear(node.type === "team" ? node.data.id : node.data.team), [setNear]);
  const onNodeMouseLeave = useCallback<NodeMouseHandler<OrgNode>>(() => setNear(null), [setNear]);
  // Edges too: 800 bundles drawn off screen cost every pan and every restyle.
  const many = model.nodes.length > MANY || model.edges.length > MANY;
  return (
    <div className={`org-canvas${model.impact === undefined ? "" : " has-impact"}`} data-ready="true" data-teams={model.org.teams.length}>
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
      <NearStyle deps={model.deps} />
    </div>
  );
}

/** The team under the pointer as a stylesheet: only this re-renders as the pointer moves. */
function NearStyle({ deps }: { deps: OrgModel["deps"] }) {
  const near = useOrgStore((s) => s.near);
  return near === null ? null : <style data-testid="near-style">{nearStyle(near, deps)}</style>;
}
