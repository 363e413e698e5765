import type { Rule } from "./types.ts";

export const RULES_START = "<!-- rule reference: generated from packages/rules by `npm run docs:rules`; do not edit by hand -->";
export const RULES_END = "<!-- end of rule reference -->";

/**
 * The rule reference of docs/gap-report.md, one section per rule under a heading that is
 * its id, so `gap-report.md#<rule-id>` (SARIF's helpUri) lands on it. Written from the rule
 * definitions (summary, description, help), so a rule added later gets its section too.
 */
export function ruleReference(rules: readonly Rule[]): string {
  const sections = rules.map((r) => [
    `### ${r.id}`,
    "",
    `**${r.summary}.** Subject: ${r.subjectKind}. Default severity: ${r.severity}${r.timed ? "; depends on the report's time (`asOf`)" : ""}.`,
    "",
    r.description,
    "",
    `Fix: ${r.help}`,
  ].join("\n"));
  return [RULES_START, "", ...sections.flatMap((s) => [s, ""]), RULES_END].join("\n");
}

/** The document with its rule reference replaced (or appended, the first time). */
export function withRuleReference(doc: string, rules: readonly Rule[]): string {
  const start = doc.indexOf(RULES_START);
  const end = doc.indexOf(RULES_END);
  const block = ruleReference(rules);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n## Rule reference\n\n${block}\n`;
  return doc.slice(0, start) + block + doc.slice(end + RULES_END.length);
}
