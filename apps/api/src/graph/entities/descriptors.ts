import {
  AgentSchema, ArtifactSchema, ContractSchema, GateSchema, RequirementSchema, RoleSchema, StageSchema, StepSchema, TeamShapeSchema,
  WorkflowSchema,
} from "@rolegraph/schema";
import type { EntityDescriptor } from "./descriptor.ts";

/**
 * One descriptor per entity: the scalars each node stores. Adding a scalar field to an entity
 * is one line here (and the Pothos field, if GraphQL exposes it); relationships and child
 * nodes are listed under `elsewhere` and mapped in to-graph.ts and from-graph.ts.
 * `order` is the entity's place in its document list, computed by the import.
 */
const ORDER = { prop: "order", storage: "number", required: true } as const;
const META = { prop: "meta", path: ["meta"], storage: "json" } as const;

export const TEAM = {
  label: "Team",
  schema: TeamShapeSchema,
  fields: [
    { prop: "name", path: ["team", "name"], storage: "text", required: true, row: {} },
    { prop: "description", path: ["team", "description"], storage: "text", row: {} },
    { prop: "meta", path: ["team", "meta"], storage: "json" },
    { prop: "lint", path: ["lint"], storage: "json", row: {} },
    { prop: "teamMeta", path: ["meta"], storage: "json" },
    { prop: "version", path: ["version"], storage: "number", required: true },
  ],
  elsewhere: {
    "$schema": "not stored: a hint for editors", "team.id": "the node's id (and team)", stages: "Stage nodes", roles: "Role nodes",
    artifacts: "Artifact nodes", agents: "Agent nodes", workflows: "Workflow nodes", contracts: "Contract nodes",
  },
  nested: { team: {} },
} as const satisfies EntityDescriptor;

export const STAGE = {
  label: "Stage",
  schema: StageSchema,
  fields: [
    { prop: "name", path: ["name"], storage: "text", required: true, row: {} },
    { prop: "question", path: ["question"], storage: "text", row: {} },
    { ...ORDER, row: {} },
    META,
  ],
  elsewhere: { id: "the node's id", output: "OUTPUT relationship" },
} as const satisfies EntityDescriptor;

export const ROLE = {
  label: "Role",
  schema: RoleSchema,
  fields: [
    { prop: "name", path: ["name"], storage: "text", required: true, row: {} },
    { prop: "purpose", path: ["purpose"], storage: "text", row: {} },
    { prop: "owner", path: ["owner"], storage: "text", row: {} },
    ORDER,
    META,
  ],
  elsewhere: { id: "the node's id", engagement: "ENGAGED_IN relationships", consumes: "CONSUMES relationships", produces: "PRODUCES relationships" },
} as const satisfies EntityDescriptor;

export const ARTIFACT = {
  label: "Artifact",
  schema: ArtifactSchema,
  fields: [
    { prop: "name", path: ["name"], storage: "text", required: true, row: {} },
    { prop: "format", path: ["format"], storage: "text", row: {} },
    { prop: "sourceOfTruth", path: ["sourceOfTruth"], storage: "text", row: {} },
    { prop: "external", path: ["external"], storage: "boolean", required: true, row: { default: "false" } },
    { prop: "published", path: ["published"], storage: "boolean", required: true, row: { default: "false" } },
    ORDER,
    META,
  ],
  elsewhere: { id: "the node's id", derivedFrom: "DERIVED_FROM relationships" },
} as const satisfies EntityDescriptor;

export const AGENT = {
  label: "Agent",
  schema: AgentSchema,
  fields: [
    { prop: "name", path: ["name"], storage: "text", required: true, row: {} },
    { prop: "access", path: ["access"], storage: "text", required: true, row: {} },
    { prop: "mode", path: ["delegation", "mode"], storage: "text", row: {} },
    { prop: "process", path: ["process"], storage: "text", row: {} },
    { prop: "oversight", path: ["oversight"], storage: "text", row: {} },
    { prop: "blastRadius", path: ["blastRadius"], storage: "text", row: {} },
    { prop: "guardrails", path: ["guardrails"], storage: "strings", required: true, row: { default: "[]" } },
    { prop: "serviceLevel", path: ["serviceLevel"], storage: "text", row: {} },
    { prop: "auditTrail", path: ["auditTrail"], storage: "text", row: {} },
    { prop: "errorTolerance", path: ["delegation", "errorTolerance"], storage: "text", row: {} },
    { prop: "toolSpan", path: ["delegation", "toolSpan"], storage: "text", row: {} },
    { prop: "independence", path: ["delegation", "independence"], storage: "text", row: {} },
    { prop: "delegationMeta", path: ["delegation", "meta"], storage: "json" },
    ORDER,
    META,
  ],
  elsewhere: { id: "the node's id", role: "OWNS relationship from the role", inputs: "READS relationships", outputs: "WRITES relationships" },
  nested: { delegation: {} },
} as const satisfies EntityDescriptor;

export const WORKFLOW = {
  label: "Workflow",
  schema: WorkflowSchema,
  fields: [
    { prop: "name", path: ["name"], storage: "text", row: {} },
    { prop: "trigger", path: ["trigger"], storage: "text", row: {} },
    ORDER,
    META,
  ],
  elsewhere: { id: "the node's id", role: "OF_ROLE relationship", stage: "IN_STAGE relationship", steps: "Step nodes", handoff: "HANDS_OFF relationship" },
} as const satisfies EntityDescriptor;

export const STEP = {
  label: "Step",
  schema: StepSchema,
  fields: [
    { prop: "name", path: ["name"], storage: "text", required: true, row: {} },
    { prop: "does", path: ["does"], storage: "text", row: {} },
    ORDER,
    META,
  ],
  elsewhere: { reads: "READS relationships", writes: "WRITES relationships", agents: "USES relationships" },
} as const satisfies EntityDescriptor;

export const CONTRACT = {
  label: "Contract",
  schema: ContractSchema,
  fields: [
    { prop: "name", path: ["name"], storage: "text", row: {} },
    { prop: "loop", path: ["boundary", "loop"], storage: "boolean", required: true, row: { default: "false" } },
    { prop: "acknowledgeWithinHours", path: ["sla", "acknowledgeWithinHours"], storage: "number", row: {} },
    { prop: "nextStageWithinHours", path: ["sla", "nextStageWithinHours"], storage: "number", row: {} },
    { prop: "boundaryMeta", path: ["boundary", "meta"], storage: "json" },
    { prop: "hasSla", storage: "boolean", required: true },
    { prop: "slaMeta", path: ["sla", "meta"], storage: "json" },
    ORDER,
    META,
  ],
  elsewhere: {
    id: "the node's id", from: "FROM relationship", to: "TO relationship", "boundary.from": "FROM_STAGE relationship",
    "boundary.to": "TO_STAGE relationship", carries: "CARRIES relationships", requires: "Requirement nodes", gates: "Gate nodes",
  },
  nested: { boundary: {}, sla: { marker: "hasSla" } },
} as const satisfies EntityDescriptor;

export const REQUIREMENT = {
  label: "Requirement",
  schema: RequirementSchema,
  fields: [
    { prop: "field", path: ["field"], storage: "text", required: true, row: {} },
    { prop: "type", path: ["type"], storage: "text", required: true, row: {} },
    { prop: "description", path: ["description"], storage: "text", row: {} },
    ORDER,
    META,
  ],
  elsewhere: {},
} as const satisfies EntityDescriptor;

export const GATE = {
  label: "Gate",
  schema: GateSchema,
  fields: [
    // The node's id is `<contract>/<gate>`: the gate's own id is a property.
    { prop: "gateId", path: ["id"], storage: "text", required: true, row: { as: "id" } },
    { prop: "text", path: ["text"], storage: "text", required: true, row: {} },
    { prop: "checkable", storage: "boolean", required: true, row: {} },
    { prop: "check", path: ["check"], storage: "json", row: {} },
    ORDER,
    META,
  ],
  elsewhere: {},
} as const satisfies EntityDescriptor;

export const DESCRIPTORS = {
  Team: TEAM, Stage: STAGE, Role: ROLE, Artifact: ARTIFACT, Agent: AGENT, Workflow: WORKFLOW, Step: STEP,
  Contract: CONTRACT, Requirement: REQUIREMENT, Gate: GATE,
} as const;
