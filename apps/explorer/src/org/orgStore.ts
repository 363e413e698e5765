import { create } from "zustand";

/**
 * What the org map has open: the teams shown with their members, the bundles shown as their
 * flows, the team whose cross-team findings the panel lists. The focus (and so the impact
 * lit up) is the explorer's own, in the link: `?view=org&focus=artifact:TEAM/ID`.
 */
interface OrgStore {
  open: readonly string[];
  openBundles: readonly string[];
  findingsOf: string | null;
  /** The team under the pointer. */
  near: string | null;
  setNear: (team: string | null) => void;
  toggleTeam: (team: string) => void;
  /** Opening a bundle opens both its teams too: its flows then run from artifact to role. */
  toggleBundle: (bundle: string, from: string, to: string) => void;
  openTeams: (teams: readonly string[]) => void;
  closeAll: () => void;
  showFindings: (team: string | null) => void;
}

const without = (items: readonly string[], item: string) => items.filter((i) => i !== item);
const withAll = (items: readonly string[], more: readonly string[]) => [...items, ...more.filter((m) => !items.includes(m))];

export const useOrgStore = create<OrgStore>()((set) => ({
  open: [],
  openBundles: [],
  findingsOf: null,
  near: null,
  setNear: (near) => set({ near }),
  toggleTeam: (team) => set((s) => (s.open.includes(team) ? { open: without(s.open, team) } : { open: [...s.open, team] })),
  toggleBundle: (bundle, from, to) =>
    set((s) => (s.openBundles.includes(bundle) ? { openBundles: without(s.openBundles, bundle) } : { openBundles: [...s.openBundles, bundle], open: withAll(s.open, [from, to]) })),
  openTeams: (teams) => set((s) => ({ open: withAll(s.open, teams) })),
  closeAll: () => set({ open: [], openBundles: [] }),
  showFindings: (findingsOf) => set({ findingsOf }),
}));
