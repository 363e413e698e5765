import { useMemo } from "react";
import type { TeamOverviewQuery } from "../api/types.generated.ts";
import { computeFocus, type Focus } from "../flow/focus.ts";
import { involvedNodes, type Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { assignLanes, type StageInfo } from "../flow/lanes.ts";
import { toFlow, type Flow } from "../flow/toFlow.ts";
import type { MapEdge, MapNode } from "../flow/types.ts";
import { computeVisibility, type Visibility } from "../flow/visibility.ts";
import type { ViewState } from "../state/view.ts";
import { useLast } from "./useLast.ts";

export type Team = NonNullable<TeamOverviewQuery["team"]>;

export interface MapModel {
  graph: Graph;
  stages: StageInfo[];
  lanes: Map<string, string>;
  focus: Focus | undefined;
  visibility: Visibility;
  /** Node ids that any finding names, as subject or as related. */
  involved: Set<string>;
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Derives everything the map draws from the team and the view state; recomputes only what changed. */
export function useMapModel(team: Team, graph: Graph, findings: readonly Finding[], view: ViewState): MapModel {
  const { stages: rawStages } = team;
  // Kept by content: a refetch after a live event brings equal stages in a new array, and the
  // map must then reuse every node that draws the same (toFlow compares stages by identity).
  const stagesText = JSON.stringify([...rawStages].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name })));
  const stages = useMemo(() => JSON.parse(stagesText) as StageInfo[], [stagesText]);
  const lanes = useMemo(() => assignLanes(graph, stages), [graph, stages]);
  const involved = useMemo(() => involvedNodes(graph, findings), [graph, findings]);
  const focus = useMemo(() => (view.focus === null ? undefined : computeFocus(graph, view.focus, view.depth)), [graph, view.focus, view.depth]);
  const { stages: stageFilter, kinds, role, onlyGaps, isolate, direction } = view;
  const visibility = useMemo(
    () => computeVisibility(graph, lanes, { stages: stageFilter, kinds, role, onlyGaps, isolate }, involved, focus),
    [graph, lanes, stageFilter, kinds, role, onlyGaps, isolate, involved, focus],
  );
  // Shares every node and edge that draws as before: a click re-renders what it lights up.
  const last = useLast<Flow & { stages: StageInfo[] }>();
  const flow = useMemo(
    () => last.next((previous) => ({ ...toFlow({ graph, stages, lanes, visibility, focus, direction }, previous), stages })),
    [graph, stages, lanes, visibility, focus, direction, last],
  );
  return { graph, stages, lanes, focus, visibility, involved, nodes: flow.nodes, edges: flow.edges };
}
