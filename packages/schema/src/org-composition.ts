/**
 * What the organisation map draws, as the API sends it (Organization.composition) and the
 * explorer reads it: teams as groups, cross-team flows bundled into one edge per team pair
 * (with a count), and, inside the teams a map expands, their roles and the artifacts other
 * teams may see, with the flows between them.
 */
export interface OrgTeamNode {
  /** `team:<team id>`. */
  id: string;
  kind: "team";
  entityId: string;
  label: string;
  data: { roles: number; artifacts: number; published: number; expanded: boolean };
  /** Team hops from the focus (0 = the focus's team); absent without a focus. */
  distance?: number;
}

export interface OrgMemberNode {
  /** `role:<team>/<id>` or `artifact:<team>/<id>`: unique across teams. */
  id: string;
  kind: "role" | "artifact";
  /** The qualified id, `<team>/<id>`. */
  entityId: string;
  label: string;
  /** The group it is drawn in: `team:<team id>`. */
  parentId: string;
  data: { team: string; published?: boolean };
}

export type OrgNode = OrgTeamNode | OrgMemberNode;

/** All the flows from one team's artifacts to another team's roles, as one edge. */
export interface OrgBundleEdge {
  /** `teams:<producer>-><consumer>`. */
  id: string;
  kind: "team-flow";
  /** The producing team's node, `team:<id>`: context flows from source to target. */
  source: string;
  target: string;
  /** How many flows the edge stands for. */
  count: number;
  /** The producer's artifacts the consumer reads (plain ids, of the source team). */
  artifacts: string[];
  /** How many of those flows read an artifact the producer has not published. */
  unpublished: number;
}

/** One cross-team flow inside expanded teams: an artifact of one team to a role of another. */
export interface OrgFlowEdge {
  /** `flow:<artifact team>/<artifact>-><role team>/<role>`. */
  id: string;
  kind: "consumes";
  source: string;
  target: string;
  cadence: string | null;
  /** True when a contract from the producing team to the role carries the artifact. */
  contracted: boolean;
}

export type OrgEdge = OrgBundleEdge | OrgFlowEdge;

export const teamNodeId = (team: string) => `team:${team}`;
export const memberNodeId = (kind: "role" | "artifact", team: string, id: string) => `${kind}:${team}/${id}`;
