import { useMemo } from "react";
import { placeLabels } from "../flow/labels.ts";
import type { AnyNode, MapEdge } from "../flow/types.ts";
import type { Direction } from "../state/view.ts";

/**
 * The edges with their labels placed off the nodes: only lit edges (those that explain the
 * focus) carry a label on the map; the rest say theirs in a tooltip. Unlit edges stay the
 * same objects, so React Flow redraws only what the focus changed.
 */
export function useLabels(nodes: readonly AnyNode[], edges: MapEdge[], direction: Direction): MapEdge[] {
  return useMemo(() => {
    const requests = edges.flatMap((e) => (e.data?.lit === true && e.data.text !== undefined ? [{ id: e.id, source: e.source, target: e.target, text: e.data.text }] : []));
    if (requests.length === 0) return edges;
    const boxes = nodes.filter((n) => n.type !== "lane").map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
    const spots = placeLabels(requests, boxes, direction);
    return edges.map((e) => {
      const spot = spots.get(e.id);
      return spot === undefined || e.data === undefined ? e : { ...e, data: { ...e.data, spot } };
    });
  }, [nodes, edges, direction]);
}
