import { useMemo } from "react";
import type { TeamOverviewQuery } from "../api/types.generated.ts";
import { relationGroups, type RelationGroup } from "../flow/counts.ts";
import { computeFocus, type Focus } from "../flow/focus.ts";
import { involvedNodes, type Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { highlightOf } from "../flow/highlight.ts";
import { assignLanes, type StageInfo } from "../flow/lanes.ts";
import { shortestPath } from "../flow/path.ts";
import { toFlow, type Flow } from "../flow/toFlow.ts";
import type { MapEdge, MapNode } from "../flow/types.ts";
import { computeVisibility, type Visibility } from "../flow/visibility.ts";
import type { ViewState } from "../state/view.ts";
import type { Highlight } from "../store.ts";
import { useLast } from "./useLast.ts";

export type Team = NonNullable<TeamOverviewQuery["team"]>;

export interface MapModel {
  graph: Graph;
  stages: StageInfo[];
  lanes: Map<string, string>;
  focus: Focus | undefined;
  /** A `path` the view asked for that does not exist: the map says so instead of lighting nothing. */
  noPath: boolean;
  visibility: Visibility;
  /** The focus's related nodes by relation: legend and panel both read these lists. */
  groups: RelationGroup[];
  /** Node ids with a badge (subjects of findings): what "Only gaps" keeps. */
  involved: Set<string>;
  /** Stages a finding says have no lead: their lanes are marked. */
  leaderless: Set<string>;
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Derives everything the map draws from the team and the view state; recomputes only what changed. */
export function useMapModel(team: Team, graph: Graph, findings: readonly Finding[], view: ViewState, highlight: Highlight | null): MapModel {
  const { stages: rawStages } = team;
  // Kept by content: a refetch after a live event brings equal stages in a new array, and the
  // map must then reuse every node that draws the same (toFlow compares stages by identity).
  const stagesText = JSON.stringify([...rawStages].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name })));
  const stages = useMemo(() => JSON.parse(stagesText) as StageInfo[], [stagesText]);
  const lanes = useMemo(() => assignLanes(graph, stages), [graph, stages]);
  const involved = useMemo(() => involvedNodes(graph, findings), [graph, findings]);
  const leaderless = useMemo(() => new Set(findings.filter((f) => f.rule === "leaderless-stage").map((f) => f.subjectId)), [findings]);
  const { focus: focusId, depth, up, relations, path } = view;
  const [focus, noPath] = useMemo((): [Focus | undefined, boolean] => {
    if (highlight !== null) return [highlightOf(graph, highlight.nodes), false];
    if (focusId === null) return [undefined, false];
    if (path !== null) {
      const found = shortestPath(graph, focusId, path);
      if (found !== undefined) return [found, false];
      return [computeFocus(graph, focusId, { up, down: depth, kinds: relations }), graph.byId.has(focusId)];
    }
    return [computeFocus(graph, focusId, { up, down: depth, kinds: relations }), false];
  }, [graph, focusId, depth, up, relations, path, highlight]);
  const { stages: stageFilter, kinds, role, onlyGaps, isolate, direction } = view;
  const visibility = useMemo(
    () => computeVisibility(graph, lanes, { stages: stageFilter, kinds, role, onlyGaps, isolate, relations }, involved, focus),
    [graph, lanes, stageFilter, kinds, role, onlyGaps, isolate, relations, involved, focus],
  );
  const groups = useMemo(() => relationGroups(graph, focus, visibility), [graph, focus, visibility]);
  // Shares every node and edge that draws as before: a click re-renders what it lights up.
  const last = useLast<Flow & { stages: StageInfo[] }>();
  const flow = useMemo(
    () => last.next((previous) => ({ ...toFlow({ graph, stages, lanes, visibility, focus, direction }, previous), stages })),
    [graph, stages, lanes, visibility, focus, direction, last],
  );
  return { graph, stages, lanes, focus, noPath, visibility, groups, involved, leaderless, nodes: flow.nodes, edges: flow.edges };
}
