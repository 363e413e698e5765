import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { boundsOf, frame } from "../flow/frame.ts";
import type { OrgNode } from "./types.ts";
import type { OrgModel } from "./useOrgModel.ts";

/** Team names (18 px) stay readable from here; a larger organisation opens at its top left. */
const ORG_READABLE = 0.5;
const box = (n: OrgNode) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });

/**
 * Frames the organisation once it is drawn, and again when the focus moves: on the teams its
 * impact reaches, the focus's team as the anchor. Opening or closing a team does not move
 * the view: what was clicked stays under the pointer.
 */
export function useOrgFrame(model: OrgModel): void {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  const framed = useRef<string | undefined>(undefined);
  const focus = model.impact?.focus ?? "";
  const reached = model.impact === undefined ? "" : [...model.impact.teams.keys()].sort().join(",");
  const key = `${focus}|${reached}`;
  useEffect(() => {
    if (framed.current === key || model.nodes.length === 0) return;
    const first = framed.current === undefined;
    const teams = model.nodes.filter((n) => n.type === "team");
    const lit = teams.filter((n) => n.type === "team" && (n.data.holdsFocus || n.data.impact !== undefined));
    const shown = lit.length === 0 ? teams : lit;
    const anchor = teams.find((n) => n.type === "team" && n.data.holdsFocus);
    const request = requestAnimationFrame(() => {
      framed.current = key;
      const screen = store.getState().domNode?.getBoundingClientRect() ?? { width: 0, height: 0 };
      const viewport = frame(shown.map(box), anchor === undefined ? undefined : box(anchor), screen, { minZoom: ORG_READABLE, maxZoom: 1, padding: 0.08 }, boundsOf(teams.map(box)));
      if (viewport !== undefined) void setViewport(viewport, { duration: first ? 0 : 300 });
    });
    return () => cancelAnimationFrame(request);
    // Keyed on the focus and the teams it reaches, not on every restyle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, model.nodes.length > 0, setViewport, store]);
}
