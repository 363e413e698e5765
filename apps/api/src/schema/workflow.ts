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
  description: "One step of a workflow: what is done, what it reads and writes, and which agents help",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The step's name, as in the team file" }),
    does: t.string({ nullable: true, description: "What happens in the step, in words; null when not stated", resolve: (s) => s.does }),
    reads: t.field({ type: [Artifact], description: "What the step reads, other teams' artifacts included", resolve: (s) => s.reads.map((id) => keyOf(resolveReference(id, s.team))) }),
    writes: t.field({ type: [Artifact], description: "The team's artifacts the step produces or updates", resolve: (s) => s.writes.map((id) => keyOf({ team: s.team, id })) }),
    agents: t.field({ type: [Agent], description: "The agents used in the step; empty when it is done by people alone", resolve: (s) => s.agents.map((id) => keyOf({ team: s.team, id })) }),
  }),
});

export const Workflow = builder.loadableObject("Workflow", {
  description: "How a role moves through a stage, step by step",
  load: loadWorkflows,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The workflow's id within its team, as in the team file" }),
    name: t.string({ nullable: true, description: "The workflow's display name; null when the team file gives none", resolve: (w) => w.name }),
    role: t.field({ type: Role, description: "The role that runs the workflow", resolve: (w) => keyOf({ team: w.team, id: w.role }) }),
    stage: t.field({ type: Stage, description: "The lifecycle stage the workflow runs in", resolve: (w) => keyOf({ team: w.team, id: w.stage }) }),
    trigger: t.string({ nullable: true, description: "What starts the workflow, in words; null when not stated", resolve: (w) => w.trigger }),
    steps: t.field({ type: [Step], description: "The workflow's steps, in the order they are done", resolve: (w) => w.steps.map((s) => ({ ...s, team: w.team })) }),
    handoff: t.field({ type: HandoffContract, nullable: true, description: "The handoff contract the workflow ends in; null when it hands nothing off", resolve: (w) => (w.handoff ? keyOf({ team: w.team, id: w.handoff }) : null) }),
  }),
});

builder.objectField(Role, "workflows", (t) =>
  t.loadableList({
    type: Workflow,
    description: "The workflows this role runs",
    load: (keys: string[], ctx) => idsOf(ctx.db, { parent: "Role", child: "Workflow", path: "<-[:OF_ROLE]-" }, keys),
    resolve: (r) => keyOf(r),
  }));
