import { SEVERITY_RANK, type Finding } from "@rolegraph/rules";
import type { Change, TeamDiff } from "../types.ts";

/** What the comment is titled with, and how a bot finds its own comment again to update it. */
export const COMMENT_MARKER = "<!-- rolegraph-diff -->";
/** Past this many changes the list folds away: the findings are what a reviewer reads first. */
const OPEN_CHANGES = 10;
const MAX_CHANGES = 60;

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const ICON = { error: "🛑", warning: "⚠️", info: "ℹ️" } as const;

function short(value: unknown): string {
  if (value === null || value === undefined) return "_none_";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value);
  return `\`${cell(text.length > 60 ? `${text.slice(0, 57)}...` : text)}\``;
}

const bySeverity = (a: Finding, b: Finding) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];

function introduced(f: Finding): string {
  return `- ${ICON[f.severity]} **${f.severity}** \`${f.rule}\` ${f.subjectKind} \`${f.subjectId}\`: ${f.message}\n  *Fix:* ${f.remediation}`;
}

function resolved(f: Finding, removed: Set<string>): string {
  const gone = removed.has(`${f.subjectKind}:${f.subjectId}`) ? ` (gone with the ${f.subjectKind})` : "";
  return `- ✅ ~~${f.severity}~~ \`${f.rule}\` ${f.subjectKind} \`${f.subjectId}\`: ${f.message}${gone}`;
}

function changeRow(c: Change): string {
  const element = `${c.kind.toLowerCase()} \`${c.id}\``;
  if (c.op === "ADDED") return `| ➕ | ${element} | added |`;
  if (c.op === "REMOVED") return `| ➖ | ${element} | removed |`;
  // A value (text, number, list) shows before and after; a whole item (a flow, a gate) only comes or goes.
  const item = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  const what = c.before === null && item(c.after) ? `\`${c.field}\` added`
    : c.after === null && item(c.before) ? `\`${c.field}\` removed`
    : `\`${c.field}\`: ${short(c.before)} → ${short(c.after)}`;
  return `| ✏️ | ${element} | ${cell(what)} |`;
}

/**
 * The diff as a pull-request comment: the score change, the findings introduced (with what to
 * do) and resolved, then the changes, folded when long. `title` names the team or the files.
 */
export function diffToMarkdown(diff: TeamDiff, title: string): string {
  const delta = diff.scoreAfter - diff.scoreBefore;
  const trend = delta > 0 ? `▲ +${delta}` : delta < 0 ? `▼ ${delta}` : "unchanged";
  const out = [
    COMMENT_MARKER,
    `### Rolegraph: ${title}`,
    "",
    `Gap score **${diff.scoreBefore} → ${diff.scoreAfter}** (${trend}) · ${diff.findingsIntroduced.length} finding${diff.findingsIntroduced.length === 1 ? "" : "s"} introduced, ` +
      `${diff.findingsResolved.length} resolved · ${diff.changes.length} change${diff.changes.length === 1 ? "" : "s"}`,
  ];
  if (diff.findingsIntroduced.length) out.push("", `#### Introduced (${diff.findingsIntroduced.length})`, "", ...[...diff.findingsIntroduced].sort(bySeverity).map(introduced));
  // A finding about an element the change removes is resolved too, but not fixed: say so.
  const removed = new Set(diff.changes.filter((c) => c.op === "REMOVED").map((c) => `${c.kind.toLowerCase()}:${c.id}`));
  if (diff.findingsResolved.length) out.push("", `#### Resolved (${diff.findingsResolved.length})`, "", ...[...diff.findingsResolved].sort(bySeverity).map((f) => resolved(f, removed)));
  if (diff.brokenDependents.length) {
    out.push("", `#### Other teams losing a source (${diff.brokenDependents.length})`, "",
      ...diff.brokenDependents.map((d) => `- team \`${d.team}\`: role \`${d.role}\` reads \`${d.artifact}\`, which nobody here produces any more`));
  }
  if (diff.changes.length === 0) out.push("", "No change to the team's composition.");
  else {
    const rows = diff.changes.slice(0, MAX_CHANGES).map(changeRow);
    const more = diff.changes.length > MAX_CHANGES ? [`| | | … and ${diff.changes.length - MAX_CHANGES} more |`] : [];
    const table = ["| | element | change |", "|---|---|---|", ...rows, ...more];
    if (diff.changes.length <= OPEN_CHANGES) out.push("", `#### Changes (${diff.changes.length})`, "", ...table);
    else out.push("", `<details><summary><b>Changes (${diff.changes.length})</b></summary>`, "", ...table, "", "</details>");
  }
  return `${out.join("\n")}\n`;
}
