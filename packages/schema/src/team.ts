import { z } from "zod";
import { AgentSchema } from "./agent.ts";
import { ArtifactSchema } from "./artifact.ts";
import { ContractSchema } from "./contract.ts";
import { IdSchema, MetaSchema, TextSchema } from "./ids.ts";
import { LintConfigSchema } from "./lint.ts";
import { validateReferences } from "./references.ts";
import { RoleSchema } from "./role.ts";
import { DEFAULT_STAGES, StageSchema } from "./stage.ts";
import { WorkflowSchema } from "./workflow.ts";

export const TeamInfoSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: TextSchema.optional(),
  meta: MetaSchema.optional(),
});
export type TeamInfo = z.infer<typeof TeamInfoSchema>;

/** The shape of a team file, before cross-references are checked. */
export const TeamShapeSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  team: TeamInfoSchema,
  stages: z.array(StageSchema).min(1, "needs at least one stage").default(() => DEFAULT_STAGES.map((s) => ({ ...s }))),
  roles: z.array(RoleSchema),
  artifacts: z.array(ArtifactSchema),
  agents: z.array(AgentSchema).default([]),
  workflows: z.array(WorkflowSchema).default([]),
  contracts: z.array(ContractSchema).default([]),
  lint: LintConfigSchema.optional(),
  meta: MetaSchema.optional(),
});

/** A whole team file: its shape, and every reference resolving inside it. */
export const TeamSchema = TeamShapeSchema.superRefine((team, ctx) => {
  for (const issue of validateReferences(team)) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
});
export type Team = z.output<typeof TeamSchema>;
/** What a person writes: defaults may be left out. */
export type TeamInput = z.input<typeof TeamSchema>;
