import { z } from "zod";
import { IdSchema, MetaSchema, TextSchema } from "./ids.ts";

export const StepSchema = z.strictObject({
  name: TextSchema,
  does: TextSchema.optional(),
  reads: z.array(IdSchema).default([]),
  writes: z.array(IdSchema).default([]),
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
