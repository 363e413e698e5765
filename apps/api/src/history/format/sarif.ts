import { toSarif, type SarifSource } from "../../gaps/format/sarif.ts";
import type { TeamDiff } from "../types.ts";

/**
 * The diff for code scanning: the findings the change introduces, as results pointing at the
 * proposed file's lines (gaps/format/sarif.ts); what it resolves and the scores as properties.
 * Code scanning closes a result that is no longer reported, so resolved findings need no result.
 */
export function diffToSarif(diff: TeamDiff, teamId: string, source: SarifSource = {}): string {
  const sarif = JSON.parse(toSarif({
    teamId, asOf: new Date(0).toISOString(), score: diff.scoreAfter, roleScores: [],
    counts: { bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {} }, findings: diff.findingsIntroduced, suppressed: [],
    // A diff has no standing of its own: the figures are left out of the run below.
    adoption: { roles: [], byStep: [], done: 0, possible: 0 }, translationDebt: { total: 0, seams: 0, uncovered: 0, boundaries: [] },
  }, source)) as { runs: { properties: Record<string, unknown> }[] };
  for (const run of sarif.runs) {
    const { asOf: _asOf, adoption: _adoption, translationDebt: _debt, ...rest } = run.properties;
    run.properties = {
      ...rest, scoreBefore: diff.scoreBefore, scoreAfter: diff.scoreAfter,
      resolved: diff.findingsResolved.map((f) => ({ rule: f.rule, subjectKind: f.subjectKind, subjectId: f.subjectId })), changes: diff.changes.length,
    };
  }
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
