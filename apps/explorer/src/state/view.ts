import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "@rolegraph/schema";
import { DEFAULT_HISTORY, type HistoryState } from "../history/state.ts";

export const VIEWS = ["map", "matrix", "contract", "table", "adoption", "org"] as const;
export type View = (typeof VIEWS)[number];
export type Direction = "LR" | "TB";

/** Everything a deep link restores: what is shown, from where, filtered how. */
export interface ViewState extends HistoryState {
  team: string | null;
  view: View;
  /** A map node id, e.g. `artifact:problem-brief`. */
  focus: string | null;
  /** Steps the focus lights downstream (what it feeds); `up`: upstream (what feeds it). */
  depth: number;
  up: number;
  /** The relation types drawn and followed by the focus. */
  relations: EdgeKind[];
  /** A second node: the map lights the shortest path from the focus to it. */
  path: string | null;
  stages: string[];
  kinds: NodeKind[];
  role: string | null;
  onlyGaps: boolean;
  /** Hide what the focus does not reach, instead of dimming it. */
  isolate: boolean;
  direction: Direction;
  contract: string | null;
}

export const MIN_DEPTH = 0;
export const MAX_DEPTH = 5;

export const DEFAULT_VIEW: ViewState = {
  team: null,
  view: "map",
  focus: null,
  depth: 1,
  up: 1,
  relations: [...EDGE_KINDS],
  path: null,
  stages: [],
  kinds: [...NODE_KINDS],
  role: null,
  onlyGaps: false,
  isolate: false,
  direction: "LR",
  contract: null,
  ...DEFAULT_HISTORY,
};

export const clampDepth = (depth: number): number =>
  Number.isFinite(depth) ? Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Math.round(depth))) : DEFAULT_VIEW.depth;
