import { z } from "zod";
import { MetaSchema, TextSchema } from "./ids.ts";
import { OwnIdSchema, ReferenceSchema } from "./qualified.ts";

/** A context product that roles produce and consume. */
export const ArtifactSchema = z.strictObject({
  id: OwnIdSchema,
  name: TextSchema,
  format: TextSchema.optional(),
  /** Where the current version lives. */
  sourceOfTruth: TextSchema.optional(),
  /** Lineage: the artifacts this one is made from (`TEAM/ID` for another team's). */
  derivedFrom: z.array(ReferenceSchema).default([]),
  /** Inputs from outside the team (customers, leadership) need no producer. */
  external: z.boolean().default(false),
  /** Part of the team's interface: what other teams may rely on. */
  published: z.boolean().default(false),
  meta: MetaSchema.optional(),
});
export type Artifact = z.infer<typeof ArtifactSchema>;
