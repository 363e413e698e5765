import type { TeamGraph } from "./graph.ts";
import type { Finding, Rule, RuleId, Severity, SubjectKind } from "./types.ts";

/** What a rule says about one subject; the rule's id, kind and default severity are added. */
export type Draft = Omit<Finding, "rule" | "subjectKind" | "severity" | "team"> & { severity?: Severity };

export interface RuleSpec<K extends SubjectKind> {
  id: RuleId;
  severity: Severity;
  subjectKind: K;
  summary: string;
  /** Why the gap matters, in a few sentences (SARIF `fullDescription`, the rule's docs). */
  description: string;
  help: string;
  timed?: boolean;
  check(graph: TeamGraph, asOf: Date): Draft[];
}

/** A rule from its description and a check that returns drafts: the finding boilerplate lives here once. */
export function defineRule<K extends SubjectKind>(spec: RuleSpec<K>): Rule {
  const { check, ...meta } = spec;
  return {
    ...meta,
    timed: spec.timed ?? false,
    check: (graph, asOf) => check(graph, asOf).map((d) => ({
      rule: spec.id,
      team: graph.team.id,
      severity: d.severity ?? spec.severity,
      subjectKind: spec.subjectKind,
      subjectId: d.subjectId,
      related: d.related,
      message: d.message,
      remediation: d.remediation,
      ...(d.chain ? { chain: d.chain } : {}),
      roles: d.roles,
      stages: d.stages,
    })),
  };
}
