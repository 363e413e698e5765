import { NODE_KINDS } from "@rolegraph/schema";
import { useReactFlow } from "@xyflow/react";
import { useState } from "react";
import { exportView, whenDrawn, type ImageFormat } from "../export/exportImage.ts";
import { MAX_DEPTH, MIN_DEPTH } from "../state/view.ts";
import { useStore } from "../store.ts";
import type { MapModel, Team } from "./useMapModel.ts";

const KIND_LABEL = { role: "Roles", artifact: "Artifacts", agent: "Agents", contract: "Contracts" } as const;

/** Filters, layout direction, focus depth, the honest "N of M shown" count, and export. */
export function MapToolbar({ model, team }: { model: MapModel; team: Team }) {
  const s = useStore();
  const { getNodes } = useReactFlow();
  const [busy, setBusy] = useState(false);
  const roles = model.graph.nodes.filter((n) => n.kind === "role");
  const shown = model.visibility.nodes.size;
  const shownEdges = model.visibility.edges.size;

  const exportAs = (format: ImageFormat) => {
    setBusy(true);
    const name = `${team.id}-${s.view}${s.focus !== null ? `-${s.focus.replace(":", "-")}` : ""}`;
    // The picture is of the whole map: every node drawn for it, not only what is on screen.
    s.setDrawAll(true);
    const nodes = getNodes();
    void whenDrawn(nodes.length)
      .then(() => exportView(nodes, format, name))
      .finally(() => {
        s.setDrawAll(false);
        setBusy(false);
      });
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Map controls">
      <div className="group" aria-label="Stages">
        {model.stages.map((stage) => (
          <button key={stage.id} type="button" className={`toggle ${s.stages.includes(stage.id) ? "on" : ""}`} aria-pressed={s.stages.includes(stage.id)} onClick={() => s.toggleStage(stage.id)}>
            {stage.name}
          </button>
        ))}
      </div>
      <div className="group" aria-label="Kinds">
        {NODE_KINDS.map((kind) => (
          <label key={kind} className={`check kind-dot-${kind}`}>
            <input type="checkbox" checked={s.kinds.includes(kind)} onChange={() => s.toggleKind(kind)} />
            {KIND_LABEL[kind]}
          </label>
        ))}
      </div>
      <select aria-label="Role" value={s.role ?? ""} onChange={(e) => s.filterRole(e.target.value === "" ? null : e.target.value)}>
        <option value="">All roles</option>
        {roles.map((r) => (
          <option key={r.id} value={r.entityId}>{r.label}</option>
        ))}
      </select>
      <label className="check">
        <input type="checkbox" checked={s.onlyGaps} onChange={s.toggleOnlyGaps} />
        Only gaps
      </label>
      {s.focus !== null ? (
        <div className="group focus-controls">
          <label className="depth">
            Depth
            <input type="range" min={MIN_DEPTH} max={MAX_DEPTH} value={s.depth} onChange={(e) => s.setDepth(Number(e.target.value))} aria-label="Focus depth" />
            <output>{s.depth}</output>
          </label>
          <label className="check">
            <input type="checkbox" checked={s.isolate} onChange={s.toggleIsolate} />
            Hide the rest
          </label>
        </div>
      ) : null}
      <div className="spacer" />
      <span className={`shown ${model.visibility.partial ? "partial" : ""}`} data-testid="shown-count" data-nodes={shown} data-edges={shownEdges}>
        {shown} of {model.graph.totalNodes} shown
        {shownEdges < model.graph.totalEdges ? ` · ${shownEdges} of ${model.graph.totalEdges} links` : ""}
        {model.visibility.partial ? (
          <button type="button" className="link" onClick={s.showEverything}>Show all</button>
        ) : null}
      </span>
      <div className="group segmented" aria-label="Direction">
        <button type="button" className={s.direction === "LR" ? "on" : ""} onClick={() => s.setDirection("LR")} title="Left to right">→</button>
        <button type="button" className={s.direction === "TB" ? "on" : ""} onClick={() => s.setDirection("TB")} title="Top to bottom">↓</button>
      </div>
      <div className="group" aria-label="Export">
        <button type="button" disabled={busy} onClick={() => exportAs("png")}>PNG</button>
        <button type="button" disabled={busy} onClick={() => exportAs("svg")}>SVG</button>
      </div>
    </div>
  );
}
