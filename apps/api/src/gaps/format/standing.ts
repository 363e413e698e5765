import { esc } from "./chart.ts";
import type { GapReport } from "../types.ts";
import type { Seam } from "@rolegraph/rules";

/**
 * Where the team stands beyond its findings, in every format: the translation debt beside the
 * score, each role's steps on the essay's path, and the boundaries that carry the most debt.
 * Kept apart from the findings' rendering so the two change independently.
 */
const MAX_BOUNDARIES = 10;
const mark = (done: boolean) => (done ? "✓" : "·");

/** "translation debt 45.2 (36 of 44 seams unchecked)": the line beside the score. */
export function debtLine(report: GapReport): string {
  const d = report.translationDebt;
  const between = d.teamBoundaries ? `; ${round1(d.teamBoundaries.reduce((n, b) => n + b.debt, 0))} of it between teams` : "";
  return `translation debt ${d.total} (${d.uncovered} of ${d.seams} seams with no contract${between})`;
}

export function standingMarkdown(report: GapReport): string[] {
  const { adoption, translationDebt } = report;
  const out = [
    "", `## Adoption (${adoption.done} of ${adoption.possible} steps)`, "",
    "Each role on the essay's path: 1 engagement mapped, 2 key handoff, 3 one bounded agent, 4 one checkable contract out, 5 tasks sorted, 6 expanding.",
    "", "| Role | 1 | 2 | 3 | 4 | 5 | 6 | Stands at |", "|---|:-:|:-:|:-:|:-:|:-:|:-:|---:|",
    ...adoption.roles.map((r) => `| \`${r.roleId}\` | ${r.steps.map((s) => mark(s.done)).join(" | ")} | ${r.reached} |`),
  ];
  const top = translationDebt.boundaries.slice(0, MAX_BOUNDARIES);
  if (top.length) {
    out.push("", `## Translation debt (${translationDebt.total})`, "", "| From | To | Debt | Seams |", "|---|---|---:|---|",
      ...top.map((b) => `| \`${b.from}\` | \`${b.to}\` | ${b.debt} | ${b.seams.map((s) => `${s.artifact} (${s.boundaries}×${s.uncovered})`).join(", ")} |`));
    if (translationDebt.boundaries.length > top.length) out.push("", `…and ${translationDebt.boundaries.length - top.length} more boundaries.`);
  }
  const teams = translationDebt.teamBoundaries ?? [];
  if (teams.length) {
    out.push("", `## Translation debt between teams (${round1(teams.reduce((n, b) => n + b.debt, 0))} of ${translationDebt.total})`, "",
      "| From team | To team | Debt | Seams |", "|---|---|---:|---|",
      ...teams.map((b) => `| \`${b.from}\` | \`${b.to}\` | ${b.debt} | ${b.seams.map(seamText).join(", ")} |`));
  }
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
/** "growth/experiment-plan growth/growth-pm → customer-support/customer-success (1×1)": who gives what to whom, and its price. */
const seamText = (s: Seam) => `${s.artifact} ${s.from} → ${s.to} (${s.boundaries}×${s.uncovered})`;

export function standingHtml(report: GapReport): string {
  const { adoption, translationDebt } = report;
  const rows = adoption.roles.map((r) =>
    `<tr><td>${esc(r.roleId)}</td>${r.steps.map((s) => `<td title="${esc(s.detail)}">${mark(s.done)}</td>`).join("")}<td>${r.reached}</td></tr>`).join("");
  const debts = translationDebt.boundaries.slice(0, MAX_BOUNDARIES).map((b) =>
    `<tr><td>${esc(b.from)}</td><td>${esc(b.to)}</td><td>${b.debt}</td><td>${b.seams.map((s) => esc(`${s.artifact} (${s.boundaries}×${s.uncovered})`)).join(", ")}</td></tr>`).join("");
  const teams = (translationDebt.teamBoundaries ?? []).map((b) =>
    `<tr><td>${esc(b.from)}</td><td>${esc(b.to)}</td><td>${b.debt}</td><td>${b.seams.map((s) => esc(seamText(s))).join(", ")}</td></tr>`).join("");
  return `<h2>Adoption (${adoption.done} of ${adoption.possible} steps)</h2>
<table><tr><th>Role</th>${adoption.byStep.map((s) => `<th title="${esc(s.name)}">${s.step}</th>`).join("")}<th>Stands at</th></tr>${rows}</table>
${debts ? `<h2>Translation debt (${translationDebt.total})</h2>\n<table><tr><th>From</th><th>To</th><th>Debt</th><th>Seams</th></tr>${debts}</table>` : ""}
${teams ? `<h2>Translation debt between teams</h2>\n<table><tr><th>From team</th><th>To team</th><th>Debt</th><th>Seams</th></tr>${teams}</table>` : ""}`;
}

/** SARIF run properties: the figures code scanning keeps beside the score. */
export function standingProperties(report: GapReport): Record<string, unknown> {
  return {
    translationDebt: report.translationDebt.total,
    ...(report.translationDebt.teamBoundaries ? { teamBoundaries: report.translationDebt.teamBoundaries.map(({ from, to, debt }) => ({ from, to, debt })) } : {}),
    adoption: { done: report.adoption.done, possible: report.adoption.possible, reached: Object.fromEntries(report.adoption.roles.map((r) => [r.roleId, r.reached])) },
  };
}
