import { FieldTypeSchema, GateCheckSchema, type Contract, type FieldType } from "@rolegraph/schema";
import type { ContractDetailQuery } from "../api/types.generated.ts";

export type ApiContract = NonNullable<ContractDetailQuery["team"]>["contracts"][number];

export interface FormField {
  field: string;
  type: FieldType;
  description: string | null;
  /** Named by a gate only, not by `requires`: optional, but a gate reads it. */
  optional: boolean;
}

/**
 * The API's contract as the shared schema's `Contract`, so the form validates with exactly
 * the code the API runs on submit. A gate check the explorer cannot read becomes a
 * preference, which can only ever make the preview more lenient, never wrongly strict.
 */
export function toContract(c: ApiContract): Contract {
  return {
    id: c.id,
    name: c.name ?? undefined,
    from: c.from.id,
    to: c.to.id,
    boundary: { from: c.fromStage.id, to: c.toStage.id, loop: false },
    carries: c.carries.map((a) => a.id),
    requires: c.requires.flatMap((r) => {
      const type = FieldTypeSchema.safeParse(r.type.toLowerCase());
      return type.success ? [{ field: r.field, type: type.data, description: r.description ?? undefined }] : [];
    }),
    gates: c.gates.map((g) => {
      const check = GateCheckSchema.safeParse(g.check);
      return check.success ? { id: g.id, text: g.text, check: check.data } : { id: g.id, text: g.text };
    }),
  };
}

/** The form's fields: every requirement in order, then fields only a gate names. */
export function formFields(contract: Contract, descriptions: ReadonlyMap<string, string | null> = new Map()): FormField[] {
  const fields: FormField[] = contract.requires.map((r) => ({ field: r.field, type: r.type, description: r.description ?? null, optional: false }));
  for (const gate of contract.gates) {
    const check = gate.check;
    if (check === undefined || fields.some((f) => f.field === check.field)) continue;
    const type: FieldType = check.minItems !== undefined || check.maxItems !== undefined || check.eachMatches !== undefined ? "list"
      : check.atLeast !== undefined || check.atMost !== undefined ? "number"
      : check.before !== undefined || check.after !== undefined ? "date" : "text";
    fields.push({ field: check.field, type, description: descriptions.get(check.field) ?? gate.text, optional: true });
  }
  return fields;
}
