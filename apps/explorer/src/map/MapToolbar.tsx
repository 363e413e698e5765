import { EDGE_KINDS, NODE_KINDS } from "@rolegraph/schema";
import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useState } from "react";
import { exportPicture, pictureOf, type ImageFormat, type ImageScope } from "../export/exportMap.ts";
import { LARGE_MAP } from "../flow/layout.ts";
import type { AnyNode, MapEdge } from "../flow/types.ts";
import { MAX_DEPTH, MIN_DEPTH } from "../state/view.ts";
import { useStore } from "../store.ts";
import type { MapModel, Team } from "./useMapModel.ts";

const KIND_LABEL = { role: "Roles", artifact: "Artifacts", agent: "Agents", contract: "Contracts" } as const;
const RELATION_LABEL: Record<string, string> = { produces: "Produces", consumes: "Consumes", reads: "Agent reads", writes: "Agent writes", "derived-from": "Derived from", owns: "Owns agent", handoff: "Handoff" };

/** Filters, focus depth up and down, the honest "N of M shown" count, direction and export. */
export function MapToolbar({ model, team }: { model: MapModel; team: Team }) {
  const s = useStore();
  const { getNodes, getEdges } = useReactFlow<AnyNode, MapEdge>();
  const flow = useStoreApi();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ImageScope>("whole");
  const roles = model.graph.nodes.filter((n) => n.kind === "role");
  const shown = model.visibility.nodes.size;
  const shownEdges = model.visibility.edges.size;

  const exportAs = (format: ImageFormat) => {
    setBusy(true);
    const name = `${team.id}-${s.view}${s.focus !== null ? `-${s.focus.replace(":", "-")}` : ""}`;
    const picture = pictureOf(getNodes(), getEdges(), flow.getState(), scope, s.direction, `${team.name}: composition map`);
    void exportPicture(picture, format, name).finally(() => setBusy(false));
  };

  return (
    <div className={`toolbar ${open ? "filters-open" : ""}`} role="toolbar" aria-label="Map controls">
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls="map-filters" onClick={() => setOpen(!open)}>Filters</button>
      <div className="filters" id="map-filters">
        <div className="group" role="group" aria-label="Stages">
          {model.stages.map((stage) => (
            <button key={stage.id} type="button" className={`toggle ${s.stages.includes(stage.id) ? "on" : ""}`} aria-pressed={s.stages.includes(stage.id)} onClick={() => s.toggleStage(stage.id)}>
              {stage.name}
            </button>
          ))}
        </div>
        <div className="group" role="group" aria-label="Kinds">
          {NODE_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input type="checkbox" checked={s.kinds.includes(kind)} onChange={() => s.toggleKind(kind)} />
              <i className={`sw sw-${kind}`} aria-hidden="true" />
              {KIND_LABEL[kind]}
            </label>
          ))}
        </div>
        <details className="relations">
          <summary>Relations{s.relations.length < EDGE_KINDS.length ? ` (${s.relations.length} of ${EDGE_KINDS.length})` : ""}</summary>
          <div className="relations-list" role="group" aria-label="Relation types">
            {EDGE_KINDS.map((kind) => (
              <label key={kind} className="check">
                <input type="checkbox" checked={s.relations.includes(kind)} onChange={() => s.toggleRelation(kind)} />
                {RELATION_LABEL[kind] ?? kind}
              </label>
            ))}
          </div>
        </details>
        <select aria-label="Show one role's Role OS" value={s.role ?? ""} onChange={(e) => s.filterRole(e.target.value === "" ? null : e.target.value)}>
          <option value="">All roles</option>
          {roles.map((r) => (
            <option key={r.id} value={r.entityId}>{r.label}</option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={s.onlyGaps} onChange={s.toggleOnlyGaps} />
          Only gaps
        </label>
      </div>
      {s.focus !== null ? (
        <div className="group focus-controls" role="group" aria-label="Focus">
          <label className="depth">
            Up
            <input type="range" min={MIN_DEPTH} max={MAX_DEPTH} value={s.up} onChange={(e) => s.setUp(Number(e.target.value))} aria-label="Upstream depth" />
            <output>{s.up}</output>
          </label>
          <label className="depth">
            Down
            <input type="range" min={MIN_DEPTH} max={MAX_DEPTH} value={s.depth} onChange={(e) => s.setDepth(Number(e.target.value))} aria-label="Downstream depth" />
            <output>{s.depth}</output>
          </label>
          <label className="check">
            <input type="checkbox" checked={s.isolate} onChange={s.toggleIsolate} />
            Hide the rest
          </label>
        </div>
      ) : null}
      <div className="spacer" />
      {model.nodes.length > LARGE_MAP ? (
        // A large map draws a link only near the zoom that reads it, or lit by a focus (FlowEdge.tsx): this draws every one, at the cost of slower panning.
        <label className="check secondary" title="A large map draws links only when you zoom in or focus a node; this draws all of them (panning gets slower)">
          <input type="checkbox" checked={s.drawAll} onChange={() => s.setDrawAll(!s.drawAll)} data-testid="draw-all" />
          All links
        </label>
      ) : null}
      <span className={`shown ${model.visibility.partial ? "partial" : ""}`} data-testid="shown-count" data-nodes={shown} data-edges={shownEdges} role="status">
        {shown} of {model.graph.totalNodes} shown
        {shownEdges < model.graph.totalEdges ? ` · ${shownEdges} of ${model.graph.totalEdges} links` : ""}
        {model.visibility.partial ? (
          <button type="button" className="link" onClick={s.showEverything}>Show all</button>
        ) : null}
      </span>
      <div className="group segmented secondary" role="group" aria-label="Layout direction">
        <button type="button" className={s.direction === "LR" ? "on" : ""} aria-pressed={s.direction === "LR"} onClick={() => s.setDirection("LR")} aria-label="Left to right" title="Left to right">→</button>
        <button type="button" className={s.direction === "TB" ? "on" : ""} aria-pressed={s.direction === "TB"} onClick={() => s.setDirection("TB")} aria-label="Top to bottom" title="Top to bottom">↓</button>
      </div>
      <div className="group secondary" role="group" aria-label="Export">
        <select aria-label="Export what" value={scope} onChange={(e) => setScope(e.target.value === "view" ? "view" : "whole")}>
          <option value="whole">Whole map</option>
          <option value="view">Current view</option>
        </select>
        <button type="button" disabled={busy} onClick={() => exportAs("png")} aria-label="Export as PNG">PNG</button>
        <button type="button" disabled={busy} onClick={() => exportAs("svg")} aria-label="Export as SVG">SVG</button>
      </div>
    </div>
  );
}
