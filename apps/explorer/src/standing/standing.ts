import type { AdoptionFieldsFragment } from "../api/types.generated.ts";

export type Adoption = AdoptionFieldsFragment;

/** What a role should do next on the essay's path: its first step not done, or null at the end. */
export function nextStep(a: Adoption): Adoption["steps"][number] | null {
  return a.steps.find((s) => !s.done) ?? null;
}

/** "Stands at step 3 of 6", as people read where a role is. */
export function standsAt(a: Adoption): string {
  return a.reached === a.steps.length ? "all six steps taken" : a.reached === 0 ? "not started" : `step ${a.reached} of ${a.steps.length}`;
}

export interface Boundary {
  from: string;
  to: string;
  debt: number;
}

/** A role's seams: the debt of what reaches it and of what it gives, each side summed and its boundaries highest first. */
export function roleDebt(boundaries: readonly Boundary[], role: string): { into: number; out: number; boundaries: Boundary[] } {
  const mine = boundaries.filter((b) => b.from === role || b.to === role);
  const sum = (list: Boundary[]) => Math.round(list.reduce((n, b) => n + b.debt, 0) * 100) / 100;
  return { into: sum(mine.filter((b) => b.to === role)), out: sum(mine.filter((b) => b.from === role)), boundaries: [...mine].sort((a, b) => b.debt - a.debt) };
}

/** A boundary's debt as a share of the team's, for the bar beside it (0 to 1). */
export const debtShare = (debt: number, total: number): number => (total > 0 ? Math.min(1, Math.max(0, debt / total)) : 0);
