// The report's types live with the rules (@rolegraph/rules); the formats and GraphQL read them here.
export { atLeast, SEVERITY_RANK, SUBJECT_KINDS } from "@rolegraph/rules";
export type { Finding, GapReport, Rule, RuleId, Severity, SubjectKind, SuppressedFinding } from "@rolegraph/rules";
