import { useEffect, useMemo, useState } from "react";
import { elkInWorker } from "../flow/elkWorker.ts";
import { layout, type Layout } from "../flow/layout.ts";
import type { StageInfo } from "../flow/lanes.ts";
import { place } from "../flow/place.ts";
import type { AnyNode, LaneNode, MapEdge, MapNode } from "../flow/types.ts";
import type { Direction } from "../state/view.ts";
import { useLast } from "./useLast.ts";

/**
 * Positions from elk for the visible nodes. Only the set of nodes and edges and the direction
 * trigger a new layout: focusing or dimming restyles nodes but never moves them.
 */
export function useLayout(nodes: MapNode[], edges: MapEdge[], stages: StageInfo[], direction: Direction, leaderless: ReadonlySet<string> = new Set()): { nodes: AnyNode[]; ready: boolean } {
  const shapeKey = useMemo(
    () => `${direction}|${nodes.map((n) => `${n.id}@${n.data.lane}`).join(",")}|${edges.map((e) => e.id).join(",")}`,
    [nodes, edges, direction],
  );
  const [result, setResult] = useState<{ key: string; layout: Layout } | undefined>(undefined);
  // By content: a refetch after a live event brings equal stages in a new array, and must not move the map.
  const stagesKey = stages.map((s) => `${s.id}:${s.name}`).join("|");

  useEffect(() => {
    let live = true;
    const input = nodes.map((n) => ({ id: n.id, lane: n.data.lane, width: n.width ?? 160, height: n.height ?? 48 }));
    const links = edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.data?.kind ?? "" }));
    void layout(input, links, stages, direction, elkInWorker).then((l) => {
      if (live) setResult({ key: shapeKey, layout: l });
    });
    return () => {
      live = false;
    };
    // Deliberately keyed on shape alone: see above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shapeKey, stagesKey]);

  const lanes = useMemo(
    () =>
      (result?.layout.bands ?? []).map((b): LaneNode => ({
        id: `lane:${b.stage}`,
        type: "lane",
        position: { x: b.x, y: b.y },
        width: b.width,
        height: b.height,
        measured: { width: b.width, height: b.height },
        data: { title: b.title, count: b.count, direction, leaderless: leaderless.has(b.stage) },
        draggable: false,
        selectable: false,
        focusable: false,
        zIndex: -1,
      })),
    [result, direction, leaderless],
  );
  // Placed nodes that did not change stay the same objects: React Flow skips them.
  const last = useLast<MapNode[]>();
  const placed = useMemo(() => (result === undefined ? [] : last.next((previous) => place(nodes, result.layout.positions, previous))), [result, nodes, last]);
  return useMemo(() => ({ nodes: result === undefined ? [] : [...lanes, ...placed], ready: result?.key === shapeKey }), [result, lanes, placed, shapeKey]);
}
