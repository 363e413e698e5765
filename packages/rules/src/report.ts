import { teamAdoption } from "./adoption.ts";
import { applyLintConfig, countFindings, filterSeverity, sortFindings } from "./config.ts";
import type { TeamGraph } from "./graph.ts";
import { RULES } from "./rules/index.ts";
import { roleScores, teamScore } from "./score.ts";
import { translationDebt } from "./translation-debt.ts";
import type { Finding, GapReport, Rule, Severity } from "./types.ts";

export interface ReportOptions {
  /** "Now" for the rules that read handoff history (SLA, failed gates). */
  asOf: Date;
  /** Leave findings below this severity out of `findings` and `suppressed` (counts and score keep them). */
  minSeverity?: Severity;
  /** Run only these rules (default all); for tests and tools that want one rule. */
  rules?: readonly Rule[];
}

/** Every finding of the given rules, before the team's lint config. */
export function runRules(graph: TeamGraph, asOf: Date, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(graph, asOf);
    } catch (error) {
      throw new Error(`gap rule ${rule.id} failed: ${(error as Error).message}`, { cause: error });
    }
  });
}

/**
 * Raw findings to the report: the team's lint config turns rules off, changes severities and
 * suppresses findings; score and counts describe every active finding, `minSeverity` only
 * trims the lists.
 */
export function summarize(graph: TeamGraph, raw: Finding[], asOf: Date, minSeverity?: Severity): GapReport {
  const { findings, suppressed } = applyLintConfig(raw, graph.lint);
  const sorted = sortFindings(findings);
  const roleIds = graph.roles.map((r) => r.id);
  return {
    teamId: graph.team.id,
    asOf: asOf.toISOString(),
    score: teamScore(sorted, roleIds.length),
    roleScores: roleScores(sorted, roleIds),
    counts: countFindings(sorted),
    findings: filterSeverity(sorted, minSeverity),
    suppressed: filterSeverity(sortFindings(suppressed), minSeverity),
    adoption: teamAdoption(graph),
    translationDebt: translationDebt(graph),
  };
}

/** The coordination-gap report of a team graph, pure. */
export function teamReport(graph: TeamGraph, options: ReportOptions): GapReport {
  return summarize(graph, runRules(graph, options.asOf, options.rules), options.asOf, options.minSeverity);
}
