import { barChart, COLORS, esc, type Bar } from "./chart.ts";
import type { Finding, GapReport, Severity } from "../types.ts";

const CSS = `
body { font: 14px/1.5 system-ui, sans-serif; color: #1d1d1f; max-width: 960px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.score { font-size: 2.5rem; font-weight: 700; } .muted { color: #666; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { padding: .25rem .75rem; border-bottom: 1px solid #ddd; text-align: left; }
.finding { border-left: 4px solid; padding: .25rem .75rem; margin: .75rem 0; background: #fafafa; }
.finding code { background: #eee; padding: 0 .25rem; border-radius: 3px; }
.fix { color: #333; } .fix::before { content: "Fix: "; font-weight: 600; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
${(Object.keys(COLORS) as Severity[]).map((s) => `.${s} { border-color: ${COLORS[s]}; } .badge.${s} { background: ${COLORS[s]}; }`).join("\n")}
.badge { color: white; border-radius: 3px; padding: 0 .4rem; font-size: .8rem; }`;

function tally(findings: Finding[], keys: (f: Finding) => string[], order: string[] = []): Bar[] {
  const bars = new Map<string, Bar>(order.map((label) => [label, { label, counts: { error: 0, warning: 0, info: 0 } }]));
  for (const f of findings) {
    for (const key of keys(f)) {
      const bar = bars.get(key) ?? { label: key, counts: { error: 0, warning: 0, info: 0 } };
      bar.counts[f.severity] += 1;
      bars.set(key, bar);
    }
  }
  return [...bars.values()];
}

function findingHtml(f: Finding & { reason?: string }, reportTeam: string): string {
  return `<div class="finding ${f.severity}"><span class="badge ${f.severity}">${f.severity}</span> <code>${esc(f.rule)}</code> ` +
    (f.team && f.team !== reportTeam ? `team <code>${esc(f.team)}</code> ` : "") +
    `${esc(f.subjectKind)} <code>${esc(f.subjectId)}</code><div>${esc(f.message)}</div>` +
    (f.chain ? `<div class="muted">Chain: ${f.chain.map(esc).join(" → ")}</div>` : "") +
    (f.reason ? `<div class="muted">Suppressed: ${esc(f.reason)}</div>` : `<div class="fix">${esc(f.remediation)}</div>`) + "</div>";
}

/** One self-contained page: inline CSS and SVG, no scripts, no external assets, safe to mail or attach. */
export function toHtml(report: GapReport): string {
  const { bySeverity } = report.counts;
  const roles = tally(report.findings, (f) => f.roles, report.roleScores.map((r) => r.roleId));
  const stages = tally(report.findings, (f) => f.stages);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coordination gaps: ${esc(report.teamId)}</title><style>${CSS}</style></head>
<body>
<h1>Coordination gaps: ${esc(report.teamId)}</h1>
<div class="muted">as of ${esc(report.asOf)}</div>
<p><span class="score">${report.score}</span>/100 &middot; ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} infos${report.suppressed.length ? `, ${report.suppressed.length} suppressed` : ""}</p>
<div class="charts">${barChart("Findings per role", roles)}${stages.length ? barChart("Findings per stage", stages) : ""}</div>
<h2>Role scores</h2>
<table><tr><th>Role</th><th>Score</th></tr>${report.roleScores.map((r) => `<tr><td>${esc(r.roleId)}</td><td>${r.score}</td></tr>`).join("")}</table>
<h2>Findings (${report.findings.length})</h2>
${report.findings.map((f) => findingHtml(f, report.teamId)).join("\n") || "<p>No findings at this severity.</p>"}
${report.suppressed.length ? `<h2>Suppressed (${report.suppressed.length})</h2>\n${report.suppressed.map((f) => findingHtml(f, report.teamId)).join("\n")}` : ""}
</body></html>
`;
}
