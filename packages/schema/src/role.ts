import { z } from "zod";
import { CadenceSchema, EngagementSchema, IdSchema, MetaSchema, TextSchema } from "./ids.ts";
import { OwnIdSchema, ReferenceSchema } from "./qualified.ts";

const flowFields = {
  cadence: CadenceSchema.optional(),
  /** The stage in which the artifact is used or made; flows without one are never handoffs. */
  stage: IdSchema.optional(),
  meta: MetaSchema.optional(),
};

/** One line of a role's Context Out: always an artifact of the team itself. */
export const FlowSchema = z.strictObject({ artifact: OwnIdSchema, ...flowFields });
/** One line of a role's Context In: the team's own artifact, or `TEAM/ID` of another team's. */
export const ConsumedFlowSchema = z.strictObject({ artifact: ReferenceSchema, ...flowFields });
export type Flow = z.infer<typeof FlowSchema>;

export const RoleSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  purpose: TextSchema.optional(),
  /** The person who owns this Role OS. */
  owner: TextSchema.optional(),
  /** stage id -> lead | support | consult; a stage that is absent is not engaged. */
  engagement: z.record(IdSchema, EngagementSchema).default({}),
  consumes: z.array(ConsumedFlowSchema).default([]),
  produces: z.array(FlowSchema).default([]),
  meta: MetaSchema.optional(),
});
export type Role = z.infer<typeof RoleSchema>;
