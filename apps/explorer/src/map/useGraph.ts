import { useMemo } from "react";
import { withGaps, type Finding } from "../flow/gaps.ts";
import { toGraph, withOwners, type Graph } from "../flow/graph.ts";
import type { Team } from "./useMapModel.ts";

const NONE: Finding[] = [];

/** The team's composition parsed once per fetch, with owners and gap badges; map, panels and search share it. */
export function useGraph(team: Team | null | undefined, findings: readonly Finding[] = NONE): Graph | undefined {
  const composition = team?.composition;
  const roles = team?.roles;
  const graph = useMemo(() => (composition === undefined ? undefined : withOwners(toGraph(composition), roles ?? [])), [composition, roles]);
  return useMemo(() => (graph === undefined ? undefined : withGaps(graph, findings)), [graph, findings]);
}
