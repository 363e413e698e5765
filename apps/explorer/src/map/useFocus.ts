import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { relationGroups, type RelationGroup } from "../flow/counts.ts";
import { computeFocus } from "../flow/focus.ts";
import type { Graph } from "../flow/graph.ts";
import { highlightOf } from "../flow/highlight.ts";
import { shortestPath } from "../flow/path.ts";
import { useStore } from "../store.ts";

/**
 * The focus's related nodes as the side panel lists them: the same functions and view state
 * the map's model uses (useMapModel), so "Consumers 3" in the panel is "consumes it 3" in
 * the legend. The panel lists them all; the legend says which of them the filters hide.
 */
export function useFocusGroups(graph: Graph): RelationGroup[] {
  const { focus, depth, up, relations, path, highlight } = useStore(
    useShallow((s) => ({ focus: s.focus, depth: s.depth, up: s.up, relations: s.relations, path: s.path, highlight: s.highlight })),
  );
  return useMemo(() => {
    const lit =
      highlight !== null ? highlightOf(graph, highlight.nodes)
      : focus === null ? undefined
      : (path !== null ? shortestPath(graph, focus, path) : undefined) ?? computeFocus(graph, focus, { up, down: depth, kinds: relations });
    return relationGroups(graph, lit, { nodes: new Set(graph.byId.keys()), edges: new Set(), partial: false });
  }, [graph, focus, depth, up, relations, path, highlight]);
}
