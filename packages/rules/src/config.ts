import { RULE_IDS, type LintConfig } from "@rolegraph/schema";
import { atLeast, SEVERITY_RANK, type Finding, type Severity, type SuppressedFinding } from "./types.ts";

/**
 * The team's `lint` settings, pure: a rule set to `off` drops its findings, a severity
 * overrides every finding of the rule (also the graded ones), and a suppression moves the
 * findings of its rule and subject to `suppressed` with the reason, after the override, so
 * a suppressed finding still shows the severity it would have had.
 */
export function applyLintConfig(findings: Finding[], config: LintConfig | undefined): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const active: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const setting = config?.rules[finding.rule];
    if (setting === "off") continue;
    const effective = setting ? { ...finding, severity: setting } : finding;
    const suppression = config?.suppress.find((s) => s.rule === finding.rule && s.subject === finding.subjectId);
    if (suppression) suppressed.push({ ...effective, reason: suppression.reason });
    else active.push(effective);
  }
  return { findings: active, suppressed };
}

const RULE_INDEX = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
const ruleIndex = (rule: string) => RULE_INDEX.get(rule) ?? -1;

/**
 * Most severe first, then in the spec's rule order, then by subject and related ids: stable
 * output. Each finding's keys are worked out once: joining `related` inside the comparison made
 * two strings per comparison, most of the organisation report's sort at XL (600,000 findings).
 */
export function sortFindings<F extends Finding>(findings: F[]): F[] {
  const keyed = findings.map((f) => ({ f, severity: SEVERITY_RANK[f.severity], rule: ruleIndex(f.rule), related: f.related.join(",") }));
  keyed.sort((a, b) =>
    b.severity - a.severity ||
    a.rule - b.rule ||
    a.f.subjectId.localeCompare(b.f.subjectId) ||
    a.related.localeCompare(b.related));
  return keyed.map((k) => k.f);
}

export const filterSeverity = <F extends Finding>(findings: F[], min: Severity | undefined): F[] =>
  min ? findings.filter((f) => atLeast(f.severity, min)) : findings;

export function countFindings(findings: Finding[]): { bySeverity: Record<Severity, number>; byRule: Record<string, number> } {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { bySeverity, byRule };
}
