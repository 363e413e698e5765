/**
 * The words of change over time (shared/spec/history.md): what a diff of two compositions
 * of one team says, as plain data every output (GraphQL, CLI, explorer) shows.
 */
import type { Finding } from "@rolegraph/rules";

export const ELEMENT_KINDS = ["TEAM", "STAGE", "ROLE", "ARTIFACT", "AGENT", "WORKFLOW", "CONTRACT"] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];
export const CHANGE_OPS = ["ADDED", "REMOVED", "CHANGED"] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

export interface ElementRef {
  kind: ElementKind;
  id: string;
}

/**
 * One added or removed element (`field` null, the element as `before` or `after`), or one
 * changed field of an element both sides have: `field` is a path such as `name`,
 * `engagement.build`, `consumes[problem-brief@discover]` or `gates[g1].text`.
 */
export interface Change extends ElementRef {
  op: ChangeOp;
  field: string | null;
  before: unknown;
  after: unknown;
}

/** A flow of another team that reads one of this team's artifacts (integration.md). */
export interface DependentFlow {
  team: string;
  role: string;
  artifact: string;
  stage: string | null;
  cadence: string | null;
}

export interface TeamDiff {
  changes: Change[];
  findingsIntroduced: Finding[];
  findingsResolved: Finding[];
  scoreBefore: number;
  scoreAfter: number;
  /** Other teams' flows that lose their source with this change. */
  brokenDependents: DependentFlow[];
}
