import { useMemo } from "react";
import { toGraph, type Graph } from "../flow/graph.ts";
import type { Team } from "./useMapModel.ts";

/** The team's composition parsed once per fetch; map, panels and search share it. */
export function useGraph(team: Team | null | undefined): Graph | undefined {
  const composition = team?.composition;
  return useMemo(() => (composition === undefined ? undefined : toGraph(composition)), [composition]);
}
