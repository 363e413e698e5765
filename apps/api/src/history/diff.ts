import { fromTeam, RULES, teamReport, type Finding, type GapReport } from "@rolegraph/rules";
import type { Team } from "@rolegraph/schema";
import { elementChanges } from "./changes.ts";
import type { DependentFlow, TeamDiff } from "./types.ts";

/** The rules a composition answers alone: those reading run-time handoffs need a history. */
const STRUCTURAL = RULES.filter((r) => !r.timed);
const ANY_TIME = new Date(0);

/**
 * A composition's gap report without run-time handoffs: what a diff compares, the same for
 * a stored team, a past version, a proposed file and a what-if (history.md).
 */
export function compositionReport(team: Team): GapReport {
  return teamReport(fromTeam(team), { asOf: ANY_TIME, rules: STRUCTURAL });
}

export interface DiffOptions {
  /** `before`'s report when the caller has it already (compositionReport of the same team). */
  beforeReport?: GapReport;
  /**
   * Flows of other teams that read this team's artifacts (integration.md), read by the
   * services from the graph; none for two files compared alone.
   */
  dependents?: readonly DependentFlow[];
}

/**
 * What changes from `before` to `after`, pure: element by element, the findings one side has
 * and the other has not (matched by rule and subject), both scores, and the other teams'
 * flows that lose their source.
 */
export function diffTeams(before: Team, after: Team, options: DiffOptions = {}): TeamDiff {
  const was = options.beforeReport ?? compositionReport(before);
  const is = compositionReport(after);
  return {
    changes: elementChanges(before, after),
    findingsIntroduced: notIn(is.findings, was.findings),
    findingsResolved: notIn(was.findings, is.findings),
    scoreBefore: was.score,
    scoreAfter: is.score,
    brokenDependents: brokenDependents(before, after, options.dependents ?? []),
  };
}

export const findingKey = (f: Pick<Finding, "rule" | "subjectKind" | "subjectId">) => `${f.rule}|${f.subjectKind}|${f.subjectId}`;

function notIn(findings: Finding[], other: Finding[]): Finding[] {
  const keys = new Set(other.map(findingKey));
  return findings.filter((f) => !keys.has(findingKey(f)));
}

/** The dependents whose artifact had a producer (or was the team's) before and has none after. */
export function brokenDependents(before: Team, after: Team, dependents: readonly DependentFlow[]): DependentFlow[] {
  const sourced = (team: Team) => {
    const artifacts = new Set(team.artifacts.filter((a) => !a.external).map((a) => a.id));
    const produced = new Set(team.roles.flatMap((r) => r.produces.map((f) => f.artifact)));
    return (id: string) => artifacts.has(id) && produced.has(id);
  };
  const wasSourced = sourced(before);
  const isSourced = sourced(after);
  return dependents.filter((d) => wasSourced(d.artifact) && !isSourced(d.artifact));
}
