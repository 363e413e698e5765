import { useEffect, useMemo, useState } from "react";
import { layout, type Layout } from "../flow/layout.ts";
import type { StageInfo } from "../flow/lanes.ts";
import type { AnyNode, LaneNode, MapEdge, MapNode } from "../flow/types.ts";
import type { Direction } from "../state/view.ts";

/**
 * Positions from elk for the visible nodes. Only the set of nodes and edges and the direction
 * trigger a new layout: focusing or dimming restyles nodes but never moves them.
 */
export function useLayout(nodes: MapNode[], edges: MapEdge[], stages: StageInfo[], direction: Direction): { nodes: AnyNode[]; ready: boolean } {
  const shapeKey = useMemo(
    () => `${direction}|${nodes.map((n) => `${n.id}@${n.data.lane}`).join(",")}|${edges.map((e) => e.id).join(",")}`,
    [nodes, edges, direction],
  );
  const [result, setResult] = useState<{ key: string; layout: Layout } | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const input = nodes.map((n) => ({ id: n.id, lane: n.data.lane, width: n.width ?? 160, height: n.height ?? 48 }));
    const links = edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.data?.kind ?? "" }));
    void layout(input, links, stages, direction).then((l) => {
      if (live) setResult({ key: shapeKey, layout: l });
    });
    return () => {
      live = false;
    };
    // Deliberately keyed on shape alone: see above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shapeKey, stages]);

  return useMemo(() => {
    if (result === undefined) return { nodes: [], ready: false };
    const lanes: LaneNode[] = result.layout.bands.map((b) => ({
      id: `lane:${b.stage}`,
      type: "lane",
      position: { x: b.x, y: b.y },
      width: b.width,
      height: b.height,
      data: { title: b.title, count: b.count, direction },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
    }));
    const placed = nodes.map((n) => ({ ...n, position: result.layout.positions.get(n.id) ?? n.position }));
    return { nodes: [...lanes, ...placed], ready: result.key === shapeKey };
  }, [result, nodes, direction, shapeKey]);
}
