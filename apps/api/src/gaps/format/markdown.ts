import { RULE_IDS } from "@rolegraph/schema";
import { ruleById } from "@rolegraph/rules";
import { SEVERITY_RANK, type Finding, type GapReport, type Severity } from "../types.ts";

const HEADINGS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Infos" };
const BY_RANK = (Object.keys(SEVERITY_RANK) as Severity[]).sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]);

/** Table cells and inline text: a pipe or a newline would break the table. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** In the organisation's report, where findings of many teams meet, each names its team. */
const teamOf = (f: Finding, reportTeam: string) => (f.team && f.team !== reportTeam ? `team \`${f.team}\` ` : "");

function finding(f: Finding, reportTeam: string): string {
  const chain = f.chain ? `\n  Chain: ${f.chain.join(" → ")}` : "";
  return `- **\`${f.rule}\`** ${teamOf(f, reportTeam)}${f.subjectKind} \`${f.subjectId}\`: ${f.message}${chain}\n  *Fix:* ${f.remediation}`;
}

/** A summary table first (what a reviewer scans), then each finding with its remediation. */
export function toMarkdown(report: GapReport): string {
  const { bySeverity, byRule } = report.counts;
  const out = [
    `# Coordination gaps: ${report.teamId}`,
    "",
    `Score **${report.score}**/100 as of ${report.asOf}: ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} infos` +
      `${report.suppressed.length ? `, ${report.suppressed.length} suppressed` : ""}.`,
    "",
    "| Rule | Severity | Findings |",
    "|---|---|---:|",
    ...RULE_IDS.filter((id) => byRule[id]).map((id) => `| \`${id}\` | ${ruleById(id)?.severity ?? ""} | ${byRule[id]} |`),
    `| **total** | | **${bySeverity.error + bySeverity.warning + bySeverity.info}** |`,
    "",
    "| Role | Score |",
    "|---|---:|",
    ...report.roleScores.map((r) => `| \`${r.roleId}\` | ${r.score} |`),
  ];
  for (const severity of BY_RANK) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length) out.push("", `## ${HEADINGS[severity]} (${group.length})`, "", ...group.map((f) => finding(f, report.teamId)));
  }
  if (report.findings.length === 0) out.push("", "No findings at this severity.");
  if (report.suppressed.length) {
    out.push("", `## Suppressed (${report.suppressed.length})`, "",
      ...report.suppressed.map((f) => `- \`${f.rule}\` ${teamOf(f, report.teamId)}${f.subjectKind} \`${f.subjectId}\` (${f.severity}): ${cell(f.reason)}`));
  }
  return `${out.join("\n")}\n`;
}
