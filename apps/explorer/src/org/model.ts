/**
 * The organisation as the org map reads it: plain data, whatever query it came from
 * (adapt.ts maps the API's answer onto it). Ids inside a team are the team's own; across the
 * organisation a role or artifact is `TEAM/ID`, as in a qualified reference.
 */
export interface OrgTeam {
  id: string;
  name: string;
  roles: readonly { id: string; name: string }[];
  /** The team's interface: what other teams may rely on. */
  published: readonly { id: string; name: string }[];
  /**
   * The whole team counted (the map's opening read): roles, and artifacts other teams may
   * read (published, or read anyway). Present when `roles` and `published` may be empty
   * because the team's members are read only once it is opened.
   */
  counts?: { roles: number; shared: number };
}

/** Every flow from one team to another, counted (the map's opening read): a bundle before its flows are read. */
export interface OrgSeam {
  from: string;
  to: string;
  flows: number;
  artifacts: number;
  uncontracted: number;
}

export interface OrgFlow {
  /** The artifact, in the producing team. */
  artifact: { team: string; id: string; name: string; published: boolean };
  /** The role that consumes it, in another team. */
  consumer: { team: string; id: string; name: string };
  /** The handoff contract that covers the flow, if any. */
  contract: string | null;
}

export type Severity = "ERROR" | "WARNING" | "INFO";

export interface OrgFinding {
  rule: string;
  severity: Severity;
  team: string;
  subjectKind: string;
  subjectId: string;
  /** Ids the finding also names; another team's are qualified (`TEAM/ID`). */
  related: readonly string[];
  message: string;
  remediation: string;
}

export interface Org {
  teams: readonly OrgTeam[];
  /** The flows read so far: every one, or (with `seams`) those of the opened teams. */
  flows: readonly OrgFlow[];
  /** Every seam counted; the bundles then come from these, not from `flows`. */
  seams?: readonly OrgSeam[];
}

/** `TEAM/ID`: a role or artifact named across the organisation. */
export const qualified = (team: string, id: string): string => `${team}/${id}`;

/** Node ids on the org map: one namespace per kind, as on the team map. */
export const groupId = (team: string): string => `team:${team}`;
export const roleNodeId = (team: string, role: string): string => `role:${qualified(team, role)}`;
export const artifactNodeId = (team: string, artifact: string): string => `artifact:${qualified(team, artifact)}`;
