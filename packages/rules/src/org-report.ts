import { sortFindings } from "./config.ts";
import type { OrgGraph } from "./graph.ts";
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
 * role in the organisation; `minSeverity` trimmed only the lists, as there.
 */
export function combineReports(reports: readonly GapReport[], asOf: Date, roleCounts: ReadonlyMap<string, number>): OrgGapReport {
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
    teams: [...reports],
  };
}

/** The coordination-gap report of a whole organisation graph, pure. */
export function orgReport(org: OrgGraph, options: ReportOptions): OrgGapReport {
  const graphs = [...org.teams.values()].sort((a, b) => (a.team.id < b.team.id ? -1 : a.team.id > b.team.id ? 1 : 0));
  const reports = graphs.map((g) => teamReport(g, options));
  return combineReports(reports, options.asOf, new Map(graphs.map((g) => [g.team.id, g.roles.length])));
}
