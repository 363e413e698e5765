import type { Engagement, LintConfig } from "@rolegraph/schema";

/**
 * A team as plain data, what every rule reads: built from a team document (fromTeam) or read
 * from Neo4j (the API's db layer). Lists keep the file's order; `index` is built once
 * (indexTeam), so a rule looks things up instead of scanning and stays linear.
 */
export interface GraphStage {
  id: string;
  name: string;
  /** Position in the lifecycle, from 0: what "later" and "skipping" compare. */
  order: number;
  output?: string;
}
export interface GraphRole {
  id: string;
  name: string;
  owner?: string;
  engagement: Record<string, Engagement>;
}
export interface GraphArtifact {
  id: string;
  name: string;
  format?: string;
  sourceOfTruth?: string;
  external: boolean;
  /** Part of the team's interface: what other teams may rely on (integration.md). */
  published: boolean;
}
/** One line of a role's consumes or produces. */
export interface GraphFlow {
  role: string;
  artifact: string;
  kind: "produces" | "consumes";
  stage?: string;
  cadence?: string;
}
export interface GraphDelegation {
  errorTolerance: string;
  toolSpan: string;
  independence: string;
  mode: string;
}
export interface GraphAgent {
  id: string;
  name: string;
  /** The owning role. */
  role: string;
  inputs: string[];
  outputs: string[];
  access: "read-only" | "write";
  blastRadius?: string;
  oversight?: string;
  guardrails: string[];
  delegation?: GraphDelegation;
  serviceLevel?: string;
  auditTrail?: string;
}
export interface GraphGate {
  id: string;
  text: string;
  /** The payload field the gate's check names; absent for a gate with no check (a preference). */
  checkField?: string;
  hasCheck: boolean;
}
export interface GraphContract {
  id: string;
  name?: string;
  from: string;
  to: string;
  fromStage: string;
  toStage: string;
  loop: boolean;
  carries: string[];
  /** Required payload fields, in order. */
  requires: string[];
  gates: GraphGate[];
  acknowledgeWithinHours?: number;
  nextStageWithinHours?: number;
}
export interface GraphWorkflow {
  id: string;
  name?: string;
  role: string;
  stage?: string;
  handoff?: string;
}
/** A handoff submitted under a contract: the run-time record failed-gate and sla-breach read. */
export interface GraphHandoff {
  id: string;
  contract: string;
  /** ISO text, as stored. */
  submittedAt: string;
  acknowledgedAt?: string | null;
  nextStageStartedAt?: string | null;
  /** null when not recorded. */
  passed: boolean | null;
  /** The evaluator's GateResult[] (or its JSON text, as stored). */
  gateResults: unknown;
  /** The reason given for acknowledging it despite failed gates, and who gave it (events.md). */
  override?: string | null;
  overriddenBy?: string | null;
}

export interface TeamGraphData {
  team: { id: string; name: string };
  stages: GraphStage[];
  roles: GraphRole[];
  artifacts: GraphArtifact[];
  flows: GraphFlow[];
  agents: GraphAgent[];
  contracts: GraphContract[];
  workflows: GraphWorkflow[];
  handoffs: GraphHandoff[];
  lint?: LintConfig;
  /**
   * Qualified references (`team/id`) in places no other list carries (workflow step reads,
   * artifacts' derivedFrom), as written; flows, agents' inputs and contracts' `to` keep theirs.
   */
  mentions?: GraphMention[];
}

/** Where a team file names something: the thing whose line it is on. */
export interface GraphMention {
  ref: string;
  by: { kind: "role" | "agent" | "contract" | "workflow" | "artifact"; id: string };
}

export interface TeamIndex {
  stage: Map<string, GraphStage>;
  role: Map<string, GraphRole>;
  artifact: Map<string, GraphArtifact>;
  contract: Map<string, GraphContract>;
  /** By role id. */
  flowsOf: Map<string, GraphFlow[]>;
  /** Produce and consume flows by artifact id. */
  producersOf: Map<string, GraphFlow[]>;
  consumersOf: Map<string, GraphFlow[]>;
  /** Agents by owning role, and by the artifacts they write and read. */
  agentsOf: Map<string, GraphAgent[]>;
  writersOf: Map<string, GraphAgent[]>;
  readersOf: Map<string, GraphAgent[]>;
  /** Contracts by their `from` role. */
  contractsFrom: Map<string, GraphContract[]>;
  handoffsUnder: Map<string, GraphHandoff[]>;
}

export interface TeamGraph extends TeamGraphData {
  index: TeamIndex;
  /**
   * What this team's rules see of the other teams (cross-team.ts); absent for a team checked
   * alone (`rolegraph lint` with no graph), where the rules stay within the team.
   */
  across?: CrossTeam;
}

/** A role or agent of another team that takes in one of this team's artifacts. */
export interface ForeignConsumer {
  team: string;
  role: string;
  roleName: string;
  /** Set when the role's agent reads the artifact rather than the role consuming it. */
  agent?: string;
  stage?: string;
}

/** A qualified reference that names an artifact in the graph. */
export interface ResolvedArtifact {
  kind: "artifact";
  team: string;
  id: string;
  name: string;
  external: boolean;
  published: boolean;
  /** Roles of its team that produce it (or own an agent that writes it), by id within that team. */
  producers: { id: string; name: string }[];
  /** The `to` roles, as written in its team's file, of contracts from a producer that carry it. */
  carriedTo: string[];
}
export interface ResolvedRole {
  kind: "role";
  team: string;
  id: string;
  name: string;
}

/** How far context from outside travels to one of this team's roles, across teams. */
export interface CrossDistance {
  distance: number;
  /** Role ids, this team's plain and other teams' qualified, from a role at an external input to this one. */
  chain: string[];
  /** The external input, then the artifact crossing each boundary (qualified when another team's). */
  via: string[];
  chainNames: string[];
  viaNames: string[];
}

export interface CrossTeam {
  /**
   * Teams known to be in the graph (every team, or at least the referenced ones that are
   * there): what tells a missing team from a missing element of a team that is there.
   */
  teams: ReadonlySet<string>;
  /** Other teams' roles and agents taking in this team's artifacts, by artifact id. */
  consumersOf: ReadonlyMap<string, readonly ForeignConsumer[]>;
  /** Every qualified reference this team writes, as written; null when it names nothing in the graph. */
  resolved: ReadonlyMap<string, ResolvedArtifact | ResolvedRole | null>;
  /** Compression distances of this team's roles over the whole organisation; absent when not computed. */
  distances?: ReadonlyMap<string, CrossDistance>;
}

/** The organisation: every team's graph by team id, each one's `across` filled in (org.ts). */
export interface OrgGraph {
  teams: ReadonlyMap<string, TeamGraph>;
}
