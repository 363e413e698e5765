import { useMemo } from "react";
import { withGaps, type Finding } from "../flow/gaps.ts";
import { toGraph, type Graph } from "../flow/graph.ts";
import type { Team } from "./useMapModel.ts";

const NONE: Finding[] = [];

/** The team's composition parsed once per fetch, with gap badges; map, panels and search share it. */
export function useGraph(team: Team | null | undefined, findings: readonly Finding[] = NONE): Graph | undefined {
  const composition = team?.composition;
  const graph = useMemo(() => (composition === undefined ? undefined : toGraph(composition)), [composition]);
  return useMemo(() => (graph === undefined ? undefined : withGaps(graph, findings)), [graph, findings]);
}
