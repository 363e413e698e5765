import { createHash } from "node:crypto";
import { RULES } from "@rolegraph/rules";
import { VERSION } from "../../version.ts";
import { DEFAULT_DOCS_URL } from "./docs-url.ts";
import { lineFinder } from "../locate.ts";
import type { Finding, GapReport, Rule, Severity, SuppressedFinding } from "../types.ts";
import { standingProperties } from "./standing.ts";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** Where the rule reference lives unless the caller says otherwise (ROLEGRAPH_DOCS_URL): the repository's docs. */
export { DEFAULT_DOCS_URL } from "./docs-url.ts";

export interface SarifSource {
  /** The team file, as a path relative to the repository root (code scanning resolves it so). */
  file?: string;
  /** Its text: with it, results point at the line of their subject's definition. */
  text?: string;
  /** The rule reference (docs/gap-report.md where it is published); each rule's helpUri is an anchor in it. */
  docsUrl?: string;
}

/** The rule's help in Markdown: what it finds, why it matters, what to do, where to read more. */
const helpMarkdown = (rule: Rule, uri: string) =>
  `**${rule.summary}.**\n\n${rule.description}\n\n**Fix:** ${rule.help}\n\nSubject: a ${rule.subjectKind}. Default severity: ${rule.severity}. [Rule reference](${uri})`;

/** PascalCase of the id: SARIF's `name` is an identifier, GitHub shows it beside the id. */
const ruleName = (id: string) => id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());

/**
 * A finding's identity across runs, whatever line its subject moves to: the rule, the subject
 * and the related ids (sorted by the rules), hashed. Code scanning matches alerts by it, so a
 * finding that is still there stays the same alert, and one that is fixed closes.
 */
const fingerprint = (f: Finding | SuppressedFinding, teamId: string) =>
  createHash("sha256").update(`${teamPrefix(f, teamId)}${f.rule}|${f.subjectKind}|${f.subjectId}|${f.related.join(",")}`).digest("hex").slice(0, 32);
/** The organisation's report holds every team's findings: its fingerprints lead with the team (a team's own report keeps its old ones). */
const teamPrefix = (f: Finding | SuppressedFinding, teamId: string) => (f.team && f.team !== teamId ? `${f.team}|` : "");

/**
 * SARIF 2.1.0 for GitHub code scanning and Azure DevOps: the tool with its version, every rule
 * with a short and full description, help in text and Markdown and a help URI; one result per
 * finding at the line of its subject in the team file (line 1, the team, when the subject is
 * not written in the file: a default stage); suppressed findings as results with an
 * in-source suppression (the team file's `lint`). docs/gap-report.md lists what GitHub requires.
 */
export function toSarif(report: GapReport, source: SarifSource = {}): string {
  const line = source.text ? lineFinder(source.text) : undefined;
  const docsUrl = source.docsUrl ?? DEFAULT_DOCS_URL;
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (f: Finding | SuppressedFinding) => {
    // A handoff lives in the graph, not the file: point at the contract it was made under.
    const [kind, id] = f.subjectKind === "handoff" ? (["contract", f.related[0] ?? ""] as const) : [f.subjectKind, f.subjectId];
    const physical = source.file
      ? { physicalLocation: { artifactLocation: { uri: source.file.replace(/\\/g, "/") }, region: { startLine: line?.(kind, id) ?? 1 } } }
      : {};
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule) ?? -1,
      level: LEVEL[f.severity],
      message: { text: `${f.message}. Fix: ${f.remediation}` },
      locations: [{
        ...physical,
        logicalLocations: [{ kind: f.subjectKind, name: f.subjectId, fullyQualifiedName: `${f.team ?? report.teamId}/${f.subjectKind}/${f.subjectId}` }],
      }],
      partialFingerprints: { "rolegraph/subject/v1": fingerprint(f, report.teamId) },
      properties: { subjectKind: f.subjectKind, subjectId: f.subjectId, related: f.related, roles: f.roles, ...(f.chain ? { chain: f.chain } : {}) },
      ...("reason" in f ? { suppressions: [{ kind: "inSource", justification: f.reason }] } : {}),
    };
  };
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "rolegraph",
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: docsUrl,
          rules: RULES.map((r) => {
            const helpUri = `${docsUrl}#${r.id}`;
            return {
              id: r.id,
              name: ruleName(r.id),
              shortDescription: { text: r.summary },
              fullDescription: { text: r.description },
              help: { text: `${r.description}\n\nFix: ${r.help}`, markdown: helpMarkdown(r, helpUri) },
              helpUri,
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ["coordination", r.subjectKind], subjectKind: r.subjectKind },
            };
          }),
        },
      },
      properties: { teamId: report.teamId, asOf: report.asOf, score: report.score, ...standingProperties(report) },
      results: [...report.findings.map(result), ...report.suppressed.map(result)],
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
