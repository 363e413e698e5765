import { z } from "zod";
import { IdSchema, MetaSchema, TextSchema } from "./ids.ts";
import { OwnIdSchema, ReferenceSchema } from "./qualified.ts";

export const FIELD_TYPES = ["text", "list", "number", "boolean", "date"] as const;
export const FieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldTypeSchema>;

/** A payload field is a plain identifier, so it reads the same in YAML, JSON and forms. */
export const FieldNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "must be a field name: letters, digits and '_', starting with a letter or '_'");

export const RequirementSchema = z.strictObject({
  field: FieldNameSchema,
  type: FieldTypeSchema,
  description: TextSchema.optional(),
  meta: MetaSchema.optional(),
});
export type Requirement = z.infer<typeof RequirementSchema>;

const DateValue = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** The kinds of check, and which field type each one needs (`any`: every type). */
export const CHECK_KINDS = {
  present: "any",
  equals: "any",
  minItems: "list",
  maxItems: "list",
  eachMatches: "list",
  matches: "text",
  atLeast: "number",
  atMost: "number",
  before: "date",
  after: "date",
} as const satisfies Record<string, FieldType | "any">;
export type CheckKind = keyof typeof CHECK_KINDS;

/** A check names one field and exactly one kind of check. */
export const GateCheckSchema = z
  .strictObject({
    field: FieldNameSchema,
    present: z.boolean().optional(),
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    minItems: z.int().min(0).optional(),
    maxItems: z.int().min(0).optional(),
    eachMatches: z.string().optional(),
    matches: z.string().optional(),
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    before: DateValue.optional(),
    after: DateValue.optional(),
  })
  .superRefine((check, ctx) => {
    const kinds = checkKindsOf(check);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message: kinds.length === 0
          ? `a check needs one of: ${Object.keys(CHECK_KINDS).join(", ")}`
          : `a check has exactly one kind, found ${kinds.join(" and ")}`,
      });
    }
    for (const key of ["matches", "eachMatches"] as const) {
      const source = check[key];
      if (source === undefined) continue;
      try {
        new RegExp(source, "u");
      } catch (error) {
        ctx.addIssue({ code: "custom", path: [key], message: `is not a valid regular expression: ${(error as Error).message}` });
      }
    }
  });
export type GateCheck = z.infer<typeof GateCheckSchema>;

export function checkKindsOf(check: Partial<Record<CheckKind, unknown>>): CheckKind[] {
  return (Object.keys(CHECK_KINDS) as CheckKind[]).filter((kind) => check[kind] !== undefined);
}

/** A gate with a `check` is a constraint; one without is a preference. */
export const GateSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  check: GateCheckSchema.optional(),
  meta: MetaSchema.optional(),
});
export type Gate = z.infer<typeof GateSchema>;

export const SlaSchema = z.strictObject({
  acknowledgeWithinHours: z.number().positive().optional(),
  nextStageWithinHours: z.number().positive().optional(),
  meta: MetaSchema.optional(),
});
export type Sla = z.infer<typeof SlaSchema>;

export const BoundarySchema = z.strictObject({
  from: IdSchema,
  to: IdSchema,
  /** A feedback loop (e.g. evaluate -> discover) may go back in the lifecycle. */
  loop: z.boolean().default(false),
  meta: MetaSchema.optional(),
});
export type Boundary = z.infer<typeof BoundarySchema>;

export const ContractSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema.optional(),
  /** A role of this team: a contract lives in the file of its `from` role's team. */
  from: IdSchema,
  /** The receiving role: this team's, or `TEAM/ROLE` of another team's. */
  to: ReferenceSchema,
  boundary: BoundarySchema,
  carries: z.array(OwnIdSchema).default([]),
  requires: z.array(RequirementSchema).default([]),
  gates: z.array(GateSchema).default([]),
  sla: SlaSchema.optional(),
  meta: MetaSchema.optional(),
});
export type Contract = z.infer<typeof ContractSchema>;
