import { FieldTypeSchema, GateCheckSchema, type Contract } from "@rolegraph/schema";
import type { ContractRow } from "../db/entities.ts";

/**
 * The contract as the pure evaluator wants it, rebuilt from its stored row. A gate's check
 * is stored as JSON text; it (and a field type) is parsed through the same schema that
 * admitted it on import, so a value the format no longer accepts fails loudly here instead
 * of being evaluated by guesswork.
 */
export function contractFromRow(row: ContractRow): Contract {
  return {
    id: row.id,
    ...(row.name === null ? {} : { name: row.name }),
    from: row.from,
    to: row.to,
    boundary: { from: row.fromStage, to: row.toStage, loop: row.loop },
    carries: row.carries,
    requires: row.requires.map((q) => ({
      field: q.field,
      type: FieldTypeSchema.parse(q.type),
      ...(q.description === null ? {} : { description: q.description }),
    })),
    gates: row.gates.map((g) => ({
      id: g.id,
      text: g.text,
      ...(g.check === null ? {} : { check: GateCheckSchema.parse(JSON.parse(g.check)) }),
    })),
    ...(row.acknowledgeWithinHours === null && row.nextStageWithinHours === null
      ? {}
      : {
          sla: {
            ...(row.acknowledgeWithinHours === null ? {} : { acknowledgeWithinHours: row.acknowledgeWithinHours }),
            ...(row.nextStageWithinHours === null ? {} : { nextStageWithinHours: row.nextStageWithinHours }),
          },
        }),
  };
}
