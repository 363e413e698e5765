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

/** A boundary's debt as a share of the team's, for the bar beside it (0 to 1). */
export const debtShare = (debt: number, total: number): number => (total > 0 ? Math.min(1, Math.max(0, debt / total)) : 0);
