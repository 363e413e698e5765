import { z } from "zod";
import { IdSchema, MetaSchema, TextSchema } from "./ids.ts";
import { OwnIdSchema } from "./qualified.ts";

export const StageSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  question: TextSchema.optional(),
  /** The artifact this stage must yield, e.g. `problem-brief` for `discover`. */
  output: OwnIdSchema.optional(),
  meta: MetaSchema.optional(),
});
export type Stage = z.infer<typeof StageSchema>;

/** The DPOS lifecycle, used when a team file has no `stages`. Order is lifecycle order. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { id: "discover", name: "Discover", question: "What problem are we solving, and is it worth solving?" },
  { id: "decide", name: "Decide", question: "Should we build this, and how?" },
  { id: "build", name: "Build", question: "Can we deliver this within our appetite?" },
  { id: "test", name: "Test", question: "Does this work correctly and responsibly?" },
  { id: "ship", name: "Ship", question: "Is this ready for production?" },
  { id: "evaluate", name: "Evaluate", question: "Did we solve the problem, and what's next?" },
];
