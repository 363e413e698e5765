import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { Relation } from "../flow/focus.ts";
import { READABLE_ZOOM, boundsOf, frame } from "../flow/frame.ts";
import type { AnyNode } from "../flow/types.ts";
import type { Direction } from "../state/view.ts";
import type { MapModel } from "./useMapModel.ts";

const NEAR = new Set<Relation>(["focus", "producer", "consumer", "carrier", "input", "output", "path", "finding"]);
const box = (n: AnyNode) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });

/**
 * Frame what matters: the focus and its nearest neighbours, else the whole map. Only the first
 * ring is framed: lineage can span the whole lifecycle and would zoom out to nothing. No map
 * zooms out past READABLE_ZOOM (node text stays 11 px or more on screen): it opens at its start, or on the focus, readable,
 * and React Flow draws only what is on screen. Refits when the shape changes (filters,
 * direction) or the focus moves, not on restyles; a large map stays put when the focus is cleared.
 */
export function useFrame(model: MapModel, nodes: AnyNode[], ready: boolean, large: boolean, direction: Direction): void {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  const focusKey = model.focus === undefined ? "" : [...model.focus.relations].filter(([, r]) => NEAR.has(r)).map(([id]) => id).join(",");
  const focusId = model.focus?.id;
  const framedShape = useRef("");
  useEffect(() => {
    if (!ready) return;
    const lit = new Set(focusKey === "" ? [] : focusKey.split(","));
    // Leaving a focus on a large map stays where it is: its opening view may be far away.
    const shape = `${nodes.length}|${direction}`;
    const again = framedShape.current === shape;
    framedShape.current = shape;
    if (large && lit.size === 0 && again) return;
    const shown = lit.size === 0 ? nodes : nodes.filter((n) => lit.has(n.id));
    const anchor = nodes.find((n) => n.id === focusId);
    const options = { minZoom: READABLE_ZOOM, maxZoom: 1, padding: lit.size === 0 ? 0.06 : 0.25 };
    // A frame later, and measured then: the side panel a click opens narrows the canvas.
    const request = requestAnimationFrame(() => {
      const canvas = store.getState().domNode?.getBoundingClientRect() ?? { width: 0, height: 0, bottom: 0 };
      // On a phone the side panel is a sheet over the bottom of the map: frame what is above it.
      const sheet = document.querySelector(".panel");
      const covered = sheet !== null && getComputedStyle(sheet).position === "absolute" ? Math.max(0, canvas.bottom - sheet.getBoundingClientRect().top) : 0;
      const screen = { width: canvas.width, height: Math.max(120, canvas.height - covered) };
      const viewport = frame(shown.map(box), anchor === undefined ? undefined : box(anchor), screen, options, boundsOf(nodes.map(box)));
      const [x, y, zoom] = store.getState().transform;
      // Already there (a large map opens at OPENING): moving to where it is would still redraw.
      if (viewport === undefined || (Math.abs(viewport.x - x) < 0.5 && Math.abs(viewport.y - y) < 0.5 && Math.abs(viewport.zoom - zoom) < 1e-3)) return;
      // A large map opening is not animated: every frame of a zoom would draw what it passes over.
      void setViewport(viewport, { duration: large && lit.size === 0 ? 0 : 300 });
    });
    return () => cancelAnimationFrame(request);
    // Keyed on the shape and the focus ring, not on every new nodes array (restyles).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, nodes.length, direction, focusKey, large, setViewport, store]);
}
