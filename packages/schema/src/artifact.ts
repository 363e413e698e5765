import { z } from "zod";
import { IdSchema, MetaSchema, TextSchema } from "./ids.ts";

/** A context product that roles produce and consume. */
export const ArtifactSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  format: TextSchema.optional(),
  /** Where the current version lives. */
  sourceOfTruth: TextSchema.optional(),
  /** Lineage: the artifacts this one is made from. */
  derivedFrom: z.array(IdSchema).default([]),
  /** Inputs from outside the team (customers, leadership) need no producer. */
  external: z.boolean().default(false),
  meta: MetaSchema.optional(),
});
export type Artifact = z.infer<typeof ArtifactSchema>;
