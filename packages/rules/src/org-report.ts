import { sortFindings } from "./config.ts";
import type { TeamAdoption } from "./adoption.ts";
import type { OrgGraph } from "./graph.ts";
import { teamBoundaryDebt } from "./team-boundaries.ts";
import type { TeamBoundaryDebt, TranslationDebt } from "./translation-debt.ts";
import { teamReport, type ReportOptions } from "./report.ts";
import { scoreOf, WEIGHTS } from "./score.ts";
import type { GapReport, Severity } from "./types.ts";

/** The organisation's report: every team's report, and all of them together. */
export interface OrgGapReport extends GapReport {
  teams: GapReport[];
}

/** What the organisation's report is called where a team's id would stand (titles, SARIF). */
export const ORGANIZATION = "organization";

/**
 * Team reports into one, pure. Each team keeps its own lint config (applied in its report);
 * the findings name their team, role scores their role as `team/role`. Counts and score
 * cover every active finding as in a team's report, the score with the capacity of every
 * role in the organisation; `minSeverity` trimmed only the lists, as there. The translation
 * debt adds the seams between teams (`teamBoundaries`, team-boundaries.ts) to the teams' own.
 */
export function combineReports(
  reports: readonly GapReport[], asOf: Date, roleCounts: ReadonlyMap<string, number>, teamBoundaries: readonly TeamBoundaryDebt[] = [],
): OrgGapReport {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const r of reports) {
    for (const s of Object.keys(bySeverity) as Severity[]) bySeverity[s] += r.counts.bySeverity[s];
    for (const [rule, n] of Object.entries(r.counts.byRule)) byRule[rule] = (byRule[rule] ?? 0) + n;
  }
  const weight = (Object.keys(bySeverity) as Severity[]).reduce((sum, s) => sum + bySeverity[s] * WEIGHTS[s], 0);
  const roles = [...roleCounts.values()].reduce((a, b) => a + b, 0);
  const withTeam = <F extends { team?: string }>(r: GapReport, fs: F[]) => fs.map((f) => (f.team ? f : { ...f, team: r.teamId }));
  return {
    teamId: ORGANIZATION,
    asOf: asOf.toISOString(),
    score: scoreOf(weight, roles),
    roleScores: reports.flatMap((r) => r.roleScores.map((s) => ({ roleId: `${r.teamId}/${s.roleId}`, score: s.score }))),
    counts: { bySeverity, byRule },
    // Stable: team order holds among findings that compare equal.
    findings: sortFindings(reports.flatMap((r) => withTeam(r, r.findings))),
    suppressed: sortFindings(reports.flatMap((r) => withTeam(r, r.suppressed))),
    adoption: combineAdoption(reports),
    translationDebt: combineDebt(reports, teamBoundaries),
    teams: [...reports],
  };
}

const qualified = (team: string, id: string) => `${team}/${id}`;

/** Every team's adoption, its roles named `team/role`, the steps summed. */
function combineAdoption(reports: readonly GapReport[]): TeamAdoption {
  const byStep = new Map<number, { step: number; name: string; roles: number }>();
  for (const r of reports) for (const s of r.adoption.byStep) {
    const sum = byStep.get(s.step) ?? { ...s, roles: 0 };
    sum.roles += s.roles;
    byStep.set(s.step, sum);
  }
  return {
    roles: reports.flatMap((r) => r.adoption.roles.map((a) => ({ ...a, roleId: qualified(r.teamId, a.roleId) }))),
    byStep: [...byStep.values()].sort((a, b) => a.step - b.step),
    done: reports.reduce((n, r) => n + r.adoption.done, 0),
    possible: reports.reduce((n, r) => n + r.adoption.possible, 0),
  };
}

/**
 * Every team's translation debt summed, its boundaries' roles named `team/role`, the highest
 * debt first; then the seams between teams, counted in the total, the seams and the uncovered.
 */
function combineDebt(reports: readonly GapReport[], teamBoundaries: readonly TeamBoundaryDebt[]): TranslationDebt {
  const boundaries = reports.flatMap((r) => r.translationDebt.boundaries.map((b) => ({
    ...b, from: qualified(r.teamId, b.from), to: qualified(r.teamId, b.to),
    seams: b.seams.map((s) => ({ ...s, from: qualified(r.teamId, s.from), to: qualified(r.teamId, s.to) })),
  })));
  const between = teamBoundaries.flatMap((b) => b.seams);
  return {
    total: Math.round((reports.reduce((n, r) => n + r.translationDebt.total, 0) + between.reduce((n, s) => n + s.debt, 0)) * 10) / 10,
    seams: reports.reduce((n, r) => n + r.translationDebt.seams, 0) + between.length,
    uncovered: reports.reduce((n, r) => n + r.translationDebt.uncovered, 0) + between.filter((s) => s.uncovered === 1).length,
    boundaries: boundaries.sort((a, b) => b.debt - a.debt || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    teamBoundaries: [...teamBoundaries],
  };
}

/** The coordination-gap report of a whole organisation graph, pure. */
export function orgReport(org: OrgGraph, options: ReportOptions): OrgGapReport {
  const graphs = [...org.teams.values()].sort((a, b) => (a.team.id < b.team.id ? -1 : a.team.id > b.team.id ? 1 : 0));
  const reports = graphs.map((g) => teamReport(g, options));
  return combineReports(reports, options.asOf, new Map(graphs.map((g) => [g.team.id, g.roles.length])), teamBoundaryDebt(org));
}
