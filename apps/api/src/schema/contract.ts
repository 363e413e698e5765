import { resolveReference } from "@rolegraph/schema";
import { builder } from "../builder.ts";
import { keyOf, listByTeam, type ContractRow, type GateRow, type RequirementRow } from "../db/entities.ts";
import { idsOf } from "../db/relations.ts";
import { Artifact } from "./artifact.ts";
import { loadContracts } from "./load.ts";
import { Role } from "./role.ts";
import { Stage } from "./stage.ts";
import { Team } from "./team.ts";

export type GateParent = GateRow & { team: string; contract: string };

export const Gate = builder.objectRef<GateParent>("Gate").implement({
  description: "A quality gate: a constraint when it has a check, a preference when it has none",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The gate's id within its contract" }),
    text: t.exposeString("text", { description: "The gate as people read it (e.g. Priority confirmed by portfolio owner)" }),
    checkable: t.exposeBoolean("checkable", { description: "True for a constraint that can be checked" }),
    check: t.field({ type: "JSON", nullable: true, description: "The check, e.g. { field: evidence, minItems: 3 }", resolve: (g) => (g.check ? JSON.parse(g.check) : null) }),
  }),
});

export const Requirement = builder.objectRef<RequirementRow>("Requirement").implement({
  description: "A payload field a handoff under the contract must contain",
  fields: (t) => ({
    field: t.exposeString("field", { description: "The payload key that must be present (e.g. evidence)" }),
    type: t.exposeString("type", { description: "text, list, number, boolean or date" }),
    description: t.string({ nullable: true, description: "What the field should hold, in words; null when not stated", resolve: (r) => r.description }),
  }),
});

export const HandoffContract = builder.loadableObject("HandoffContract", {
  description: "A checkable handoff contract from one role to another at a stage boundary",
  load: loadContracts,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The contract's id within its team, as in the team file" }),
    name: t.string({ nullable: true, description: "The contract's display name; null when the team file gives none", resolve: (c) => c.name }),
    from: t.field({ type: Role, description: "The sending role, of this team, that submits handoffs under the contract", resolve: (c) => keyOf({ team: c.team, id: c.from }) }),
    to: t.field({ type: Role, description: "The receiving role: of this team or, across teams, of another", resolve: (c) => keyOf(resolveReference(c.to, c.team)) }),
    fromStage: t.field({ type: Stage, description: "The stage the handoff leaves", resolve: (c) => keyOf({ team: c.team, id: c.fromStage }) }),
    toStage: t.field({ type: Stage, description: "The stage the handoff starts", resolve: (c) => keyOf({ team: c.team, id: c.toStage }) }),
    carries: t.field({ type: [Artifact], description: "The team's artifacts the handoff passes on", resolve: (c) => c.carries.map((id) => keyOf({ team: c.team, id })) }),
    requires: t.field({ type: [Requirement], description: "The payload fields every handoff must contain; empty when none", resolve: (c) => c.requires }),
    gates: t.field({ type: [Gate], description: "The quality gates a handoff is checked against, in team-file order", resolve: (c) => c.gates.map((g) => ({ ...g, team: c.team, contract: c.id })) }),
    acknowledgeWithinHours: t.float({ nullable: true, description: "SLA: hours after submission by which the receiving role must acknowledge; null for no deadline", resolve: (c) => c.acknowledgeWithinHours }),
    nextStageWithinHours: t.float({ nullable: true, description: "SLA: hours after submission by which the next stage must start; null for no deadline", resolve: (c) => c.nextStageWithinHours }),
  }),
});
export type ContractParent = ContractRow;

builder.objectField(Team, "contracts", (t) =>
  t.field({ type: [HandoffContract], description: "Every handoff contract of the team, in team-file order", resolve: (team, _a, ctx) => listByTeam(ctx.db, "Contract", team.id) }));

builder.objectFields(Role, (t) => ({
  contractsOut: t.loadableList({
    type: HandoffContract,
    description: "Contracts this role hands off under",
    load: (keys: string[], ctx) => idsOf(ctx.db, { parent: "Role", child: "Contract", path: "<-[:FROM]-" }, keys),
    resolve: (r) => keyOf(r),
  }),
  contractsIn: t.loadableList({
    type: HandoffContract,
    description: "Contracts under which this role receives handoffs",
    load: (keys: string[], ctx) => idsOf(ctx.db, { parent: "Role", child: "Contract", path: "<-[:TO]-" }, keys),
    resolve: (r) => keyOf(r),
  }),
}));
