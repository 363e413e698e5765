import { NODE_KINDS, type NodeKind } from "@rolegraph/schema";
import { DEFAULT_HISTORY, type HistoryState } from "../history/state.ts";

export const VIEWS = ["map", "matrix", "contract", "adoption", "org"] as const;
export type View = (typeof VIEWS)[number];
export type Direction = "LR" | "TB";

/** Everything a deep link restores: what is shown, from where, filtered how. */
export interface ViewState extends HistoryState {
  team: string | null;
  view: View;
  /** A map node id, e.g. `artifact:problem-brief`. */
  focus: string | null;
  depth: number;
  stages: string[];
  kinds: NodeKind[];
  role: string | null;
  onlyGaps: boolean;
  /** Hide what the focus does not reach, instead of dimming it. */
  isolate: boolean;
  direction: Direction;
  contract: string | null;
}

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 5;

export const DEFAULT_VIEW: ViewState = {
  team: null,
  view: "map",
  focus: null,
  depth: 2,
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
