import { resolveReference } from "@rolegraph/schema";
import { builder } from "../builder.ts";
import { keyOf, type WorkflowRow } from "../db/entities.ts";
import { idsOf } from "../db/relations.ts";
import { Agent } from "./agent.ts";
import { Artifact } from "./artifact.ts";
import { HandoffContract } from "./contract.ts";
import { loadWorkflows } from "./load.ts";
import { Role } from "./role.ts";
import { Stage } from "./stage.ts";

type StepParent = WorkflowRow["steps"][number] & { team: string };

const Step = builder.objectRef<StepParent>("WorkflowStep").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    does: t.string({ nullable: true, resolve: (s) => s.does }),
    reads: t.field({ type: [Artifact], description: "What the step reads, other teams' artifacts included", resolve: (s) => s.reads.map((id) => keyOf(resolveReference(id, s.team))) }),
    writes: t.field({ type: [Artifact], resolve: (s) => s.writes.map((id) => keyOf({ team: s.team, id })) }),
    agents: t.field({ type: [Agent], resolve: (s) => s.agents.map((id) => keyOf({ team: s.team, id })) }),
  }),
});

export const Workflow = builder.loadableObject("Workflow", {
  description: "How a role moves through a stage, step by step",
  load: loadWorkflows,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.string({ nullable: true, resolve: (w) => w.name }),
    role: t.field({ type: Role, resolve: (w) => keyOf({ team: w.team, id: w.role }) }),
    stage: t.field({ type: Stage, resolve: (w) => keyOf({ team: w.team, id: w.stage }) }),
    trigger: t.string({ nullable: true, resolve: (w) => w.trigger }),
    steps: t.field({ type: [Step], resolve: (w) => w.steps.map((s) => ({ ...s, team: w.team })) }),
    handoff: t.field({ type: HandoffContract, nullable: true, resolve: (w) => (w.handoff ? keyOf({ team: w.team, id: w.handoff }) : null) }),
  }),
});

builder.objectField(Role, "workflows", (t) =>
  t.loadableList({
    type: Workflow,
    load: (keys: string[], ctx) => idsOf(ctx.db, { parent: "Role", child: "Workflow", path: "<-[:OF_ROLE]-" }, keys),
    resolve: (r) => keyOf(r),
  }));
