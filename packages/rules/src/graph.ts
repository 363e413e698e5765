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
}

/**
 * The organisation: every team's graph by team id. Rules that cross teams (qualified
 * references, consumers in other teams) will read it; today's rules stay within one team.
 */
export interface OrgGraph {
  teams: ReadonlyMap<string, TeamGraph>;
}
