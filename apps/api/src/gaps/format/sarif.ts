import { lineFinder } from "../locate.ts";
import { RULES } from "@rolegraph/rules";
import type { Finding, GapReport, Severity, SuppressedFinding } from "../types.ts";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

export interface SarifSource {
  /** The team file, as a path relative to the repository root (code scanning resolves it so). */
  file?: string;
  /** Its text: with it, results point at the line of their subject's definition. */
  text?: string;
}

/**
 * SARIF 2.1.0 for code scanning: every rule with its help text, one result per finding, and
 * suppressed findings as results with an in-source suppression (the team file's `lint`).
 */
export function toSarif(report: GapReport, source: SarifSource = {}): string {
  const line = source.text ? lineFinder(source.text) : undefined;
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (f: Finding | SuppressedFinding) => {
    // A handoff lives in the graph, not the file: point at the contract it was made under.
    const [kind, id] = f.subjectKind === "handoff" ? (["contract", f.related[0] ?? ""] as const) : [f.subjectKind, f.subjectId];
    const startLine = line?.(kind, id);
    const physical = source.file
      ? { physicalLocation: { artifactLocation: { uri: source.file.replace(/\\/g, "/") }, ...(startLine ? { region: { startLine } } : {}) } }
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
      // The organisation's report holds every team's findings: its fingerprints lead with the team.
      partialFingerprints: { "rolegraph/subject/v1": `${f.team && f.team !== report.teamId ? `${f.team}|` : ""}${f.rule}|${f.subjectKind}|${f.subjectId}|${f.related.join(",")}` },
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
          informationUri: "https://rolegraph.dev/docs/gap-report",
          rules: RULES.map((r) => ({
            id: r.id,
            name: r.id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase()),
            shortDescription: { text: r.summary },
            help: { text: r.help },
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { subjectKind: r.subjectKind },
          })),
        },
      },
      properties: { teamId: report.teamId, asOf: report.asOf, score: report.score },
      results: [...report.findings.map(result), ...report.suppressed.map(result)],
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
