import type { RuleId, Severity } from "@rolegraph/schema";
import type { TeamAdoption } from "./adoption.ts";
import type { TeamGraph } from "./graph.ts";
import type { TranslationDebt } from "./translation-debt.ts";

export type { RuleId, Severity };
export const SUBJECT_KINDS = ["role", "artifact", "stage", "contract", "agent", "handoff"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** One coordination gap, as every output (GraphQL, JSON, SARIF, Markdown, HTML) shows it. */
export interface Finding {
  rule: RuleId;
  /** The team whose report the finding belongs to (set by every rule; optional for hand-built findings). */
  team?: string;
  severity: Severity;
  subjectKind: SubjectKind;
  subjectId: string;
  /** Ids of the other things involved (the roles of a handoff, the gate of a preference gate, ...). */
  related: string[];
  message: string;
  remediation: string;
  /** compression-chain: the role ids context crosses, from a role at an external input to the subject. */
  chain?: string[];
  /** The roles accountable for the gap: what per-role scores and `Role.gaps` count. */
  roles: string[];
  /** The stages the gap sits in, for the per-stage chart; may be empty. */
  stages: string[];
}

export type SuppressedFinding = Finding & { reason: string };

export interface Rule {
  id: RuleId;
  /** The default severity; a few rules grade individual findings (compression-chain, delegation-mismatch). */
  severity: Severity;
  subjectKind: SubjectKind;
  /** One line: what the rule finds. */
  summary: string;
  /** Why the gap matters, in a few sentences: SARIF's `fullDescription` and the rule reference in docs/gap-report.md. */
  description: string;
  /** What to do about any finding of this rule (SARIF `help`). */
  help: string;
  /** True when findings depend on `asOf` (handoff history): such findings are never cached across times. */
  timed: boolean;
  /** Pure: the same graph and time give the same findings. */
  check(graph: TeamGraph, asOf: Date): Finding[];
}

export interface GapReport {
  teamId: string;
  asOf: string;
  score: number;
  roleScores: { roleId: string; score: number }[];
  counts: { bySeverity: Record<Severity, number>; byRule: Record<string, number> };
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Where each role stands on the essay's six steps, and the team's sums (adoption.ts). */
  adoption: TeamAdoption;
  /** The seams no checkable contract covers, priced (translation-debt.ts). */
  translationDebt: TranslationDebt;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
export const atLeast = (severity: Severity, min: Severity) => SEVERITY_RANK[severity] >= SEVERITY_RANK[min];
