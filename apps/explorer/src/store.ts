import type { EdgeKind, NodeKind } from "@rolegraph/schema";
import { create } from "zustand";
import { historyOf, type HistoryState } from "./history/state.ts";
import { DEFAULT_VIEW, clampDepth, type Direction, type View, type ViewState } from "./state/view.ts";

export type Panel = "details" | "findings" | "edge";

/** What a clicked finding lights on the map: its subject, the nodes it names, and the artifacts between them. */
export interface Highlight {
  key: string;
  nodes: string[];
}

interface Store extends ViewState {
  panel: Panel | null;
  searchOpen: boolean;
  /** A large map draws only what is on screen; an export needs every node drawn. */
  drawAll: boolean;
  /** The edge whose details the side panel shows. */
  edge: string | null;
  highlight: Highlight | null;
  /** Light or dark; null follows the system setting. */
  theme: "light" | "dark" | null;
  /** Replace view state from a deep link or history navigation. */
  hydrate: (state: ViewState) => void;
  selectTeam: (team: string) => void;
  showView: (view: View) => void;
  focusNode: (id: string) => void;
  /** Focus on the organisation map (an `artifact:TEAM/ID`): stays in the org view. */
  focusOrg: (id: string) => void;
  clearFocus: () => void;
  setDepth: (depth: number) => void;
  setUp: (up: number) => void;
  toggleRelation: (kind: EdgeKind) => void;
  setPath: (path: string | null) => void;
  showEdge: (edge: string | null) => void;
  setHighlight: (highlight: Highlight | null) => void;
  setTheme: (theme: "light" | "dark" | null) => void;
  toggleStage: (stage: string) => void;
  toggleKind: (kind: NodeKind) => void;
  filterRole: (role: string | null) => void;
  toggleOnlyGaps: () => void;
  toggleIsolate: () => void;
  setDirection: (direction: Direction) => void;
  openContract: (contract: string) => void;
  /** Undo every filter: the "N of M shown" expand action. */
  showEverything: () => void;
  openPanel: (panel: Panel | null) => void;
  setSearchOpen: (open: boolean) => void;
  setDrawAll: (drawAll: boolean) => void;
  /** The map's version, comparison or what-if (history/HistoryBar.tsx). */
  setHistory: (history: HistoryState) => void;
}

const toggle = <T>(items: readonly T[], item: T): T[] => (items.includes(item) ? items.filter((i) => i !== item) : [...items, item]);

export const useStore = create<Store>()((set) => ({
  ...DEFAULT_VIEW,
  panel: null,
  searchOpen: false,
  drawAll: false,
  edge: null,
  highlight: null,
  theme: null,
  hydrate: (state) => set({ ...state, panel: state.focus === null ? null : "details" }),
  // Another team is seen the same way (Matrix stays Matrix); only what named the old team goes.
  // From the organisation view a team is a drill-down: its own map.
  selectTeam: (team) => set((s) => ({ ...DEFAULT_VIEW, team, view: s.view === "org" ? "map" : s.view, direction: s.direction, panel: null, edge: null, highlight: null })),
  showView: (view) => set({ view }),
  focusNode: (id) => set((s) => ({ focus: id, view: "map", panel: "details", path: s.focus === id ? s.path : null, highlight: null })),
  focusOrg: (id) => set({ focus: id }),
  clearFocus: () => set((s) => ({ focus: null, isolate: false, path: null, highlight: null, edge: null, panel: s.panel === "details" || s.panel === "edge" ? null : s.panel })),
  setDepth: (depth) => set({ depth: clampDepth(depth) }),
  setUp: (up) => set({ up: clampDepth(up) }),
  toggleRelation: (kind) => set((s) => ({ relations: toggle(s.relations, kind) })),
  setPath: (path) => set({ path }),
  showEdge: (edge) => set({ edge, panel: edge === null ? null : "edge" }),
  setHighlight: (highlight) => set({ highlight }),
  setTheme: (theme) => set({ theme }),
  toggleStage: (stage) => set((s) => ({ stages: toggle(s.stages, stage) })),
  toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
  filterRole: (role) => set({ role }),
  toggleOnlyGaps: () => set((s) => ({ onlyGaps: !s.onlyGaps })),
  toggleIsolate: () => set((s) => ({ isolate: !s.isolate })),
  setDirection: (direction) => set({ direction }),
  openContract: (contract) => set({ contract, view: "contract" }),
  showEverything: () => set({ stages: [], kinds: DEFAULT_VIEW.kinds, relations: DEFAULT_VIEW.relations, role: null, onlyGaps: false, isolate: false }),
  openPanel: (panel) => set({ panel }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  setDrawAll: (drawAll) => set({ drawAll }),
  setHistory: (history) => set(history),
}));

/** The part of the store a URL carries. */
export function viewStateOf(s: ViewState): ViewState {
  const { team, view, focus, depth, up, relations, path, stages, kinds, role, onlyGaps, isolate, direction, contract } = s;
  return { team, view, focus, depth, up, relations, path, stages, kinds, role, onlyGaps, isolate, direction, contract, ...historyOf(s) };
}
