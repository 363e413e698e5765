import type { NodeKind } from "@rolegraph/schema";
import { create } from "zustand";
import { historyOf, type HistoryState } from "./history/state.ts";
import { DEFAULT_VIEW, clampDepth, type Direction, type View, type ViewState } from "./state/view.ts";

export type Panel = "details" | "findings";

interface Store extends ViewState {
  panel: Panel | null;
  searchOpen: boolean;
  /** A large map draws only what is on screen; an export needs every node drawn. */
  drawAll: boolean;
  /** Replace view state from a deep link or history navigation. */
  hydrate: (state: ViewState) => void;
  selectTeam: (team: string) => void;
  showView: (view: View) => void;
  focusNode: (id: string) => void;
  /** Focus on the organisation map (an `artifact:TEAM/ID`): stays in the org view. */
  focusOrg: (id: string) => void;
  clearFocus: () => void;
  setDepth: (depth: number) => void;
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
  hydrate: (state) => set({ ...state, panel: state.focus === null ? null : "details" }),
  selectTeam: (team) => set({ ...DEFAULT_VIEW, team, panel: null }),
  showView: (view) => set({ view }),
  focusNode: (id) => set({ focus: id, view: "map", panel: "details" }),
  focusOrg: (id) => set({ focus: id }),
  clearFocus: () => set((s) => ({ focus: null, isolate: false, panel: s.panel === "details" ? null : s.panel })),
  setDepth: (depth) => set({ depth: clampDepth(depth) }),
  toggleStage: (stage) => set((s) => ({ stages: toggle(s.stages, stage) })),
  toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
  filterRole: (role) => set({ role }),
  toggleOnlyGaps: () => set((s) => ({ onlyGaps: !s.onlyGaps })),
  toggleIsolate: () => set((s) => ({ isolate: !s.isolate })),
  setDirection: (direction) => set({ direction }),
  openContract: (contract) => set({ contract, view: "contract" }),
  showEverything: () => set({ stages: [], kinds: DEFAULT_VIEW.kinds, role: null, onlyGaps: false, isolate: false }),
  openPanel: (panel) => set({ panel }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  setDrawAll: (drawAll) => set({ drawAll }),
  setHistory: (history) => set(history),
}));

/** The part of the store a URL carries. */
export function viewStateOf(s: ViewState): ViewState {
  const { team, view, focus, depth, stages, kinds, role, onlyGaps, isolate, direction, contract } = s;
  return { team, view, focus, depth, stages, kinds, role, onlyGaps, isolate, direction, contract, ...historyOf(s) };
}
