import { z } from "zod";
import { IdSchema, MetaSchema, TextSchema } from "./ids.ts";
import { OwnIdSchema, ReferenceSchema } from "./qualified.ts";

export const StepSchema = z.strictObject({
  name: TextSchema,
  does: TextSchema.optional(),
  /** Artifact ids; `TEAM/ID` for another team's. */
  reads: z.array(ReferenceSchema).default([]),
  writes: z.array(OwnIdSchema).default([]),
  agents: z.array(IdSchema).default([]),
  meta: MetaSchema.optional(),
});
export type Step = z.infer<typeof StepSchema>;

/** How a role moves through one stage. */
export const WorkflowSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema.optional(),
  role: IdSchema,
  stage: IdSchema,
  trigger: TextSchema.optional(),
  steps: z.array(StepSchema).default([]),
  /** The contract this workflow ends in. */
  handoff: IdSchema.optional(),
  meta: MetaSchema.optional(),
});
export type Workflow = z.infer<typeof WorkflowSchema>;
