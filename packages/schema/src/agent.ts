import { z } from "zod";
import { IdSchema, MetaSchema, TextSchema } from "./ids.ts";
import { OwnIdSchema, ReferenceSchema } from "./qualified.ts";

/** The essay's five constraints every Role OS agent needs. */
export const GUARDRAILS = [
  "blast-radius-defined",
  "read-broad-write-narrow",
  "irreversible-by-default",
  "staged-mutations",
  "explicit-destructive-confirmation",
] as const;
export const GuardrailSchema = z.enum(GUARDRAILS);
export type Guardrail = z.infer<typeof GuardrailSchema>;

export const DELEGATION_MODES = ["autonomous", "coordinated", "hybrid"] as const;

/** Jones' three sorting factors, and the mode the team chose. */
export const DelegationSchema = z.strictObject({
  errorTolerance: z.enum(["high", "low"]),
  toolSpan: z.enum(["single", "multiple"]),
  independence: z.enum(["independent", "interdependent"]),
  mode: z.enum(DELEGATION_MODES),
  meta: MetaSchema.optional(),
});
export type Delegation = z.infer<typeof DelegationSchema>;

export const AgentSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** The owning role. */
  role: IdSchema,
  /** Artifact ids; `TEAM/ID` for another team's. */
  inputs: z.array(ReferenceSchema).default([]),
  outputs: z.array(OwnIdSchema).default([]),
  process: TextSchema.optional(),
  oversight: TextSchema.optional(),
  access: z.enum(["read-only", "write"]).default("read-only"),
  blastRadius: TextSchema.optional(),
  delegation: DelegationSchema.optional(),
  guardrails: z.array(GuardrailSchema).default([]),
  serviceLevel: TextSchema.optional(),
  auditTrail: TextSchema.optional(),
  meta: MetaSchema.optional(),
});
export type Agent = z.infer<typeof AgentSchema>;
