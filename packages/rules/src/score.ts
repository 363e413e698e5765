import type { Finding, Severity } from "./types.ts";

/** What one finding costs. An error costs as much as three-odd warnings or ten infos. */
export const WEIGHTS: Record<Severity, number> = { error: 10, warning: 3, info: 1 };
/** Headroom per role: a team can absorb more findings the more roles it has. */
export const ROLE_CAPACITY = 10;

export const weight = (findings: Finding[]) => findings.reduce((sum, f) => sum + WEIGHTS[f.severity], 0);

/**
 * score = 100 * C / (C + W), rounded, where W is the findings' weight and C the capacity
 * (10 per role, at least 10). No finding gives 100; the score halves when W equals C, and it
 * approaches 0 (rounding to 0 only past 200 times C), so a bad team still sees each fix count.
 */
export function scoreOf(w: number, roles: number): number {
  const capacity = ROLE_CAPACITY * Math.max(1, roles);
  return Math.round((100 * capacity) / (capacity + w));
}

export function teamScore(findings: Finding[], roleCount: number): number {
  return scoreOf(weight(findings), roleCount);
}

/** A role's score counts the findings it is accountable for (`Finding.roles`), with one role's capacity. */
export function roleScores(findings: Finding[], roleIds: string[]): { roleId: string; score: number }[] {
  return roleIds.map((roleId) => ({ roleId, score: scoreOf(weight(findings.filter((f) => f.roles.includes(roleId))), 1) }));
}
