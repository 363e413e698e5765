import type { HandoffPayload } from "@rolegraph/schema";
import type { FormField } from "./toContract.ts";

/** What people type, by field: lists are one item per line, booleans "true"/"false"/"". */
export type FormValues = Record<string, string>;

/**
 * Form text to a payload. Empty fields are left out (so the schema says "is required"), and
 * text that is not a number stays text (so it says "expected a number, got text"): the
 * shared schema, not this function, decides what is wrong.
 */
export function toPayload(fields: readonly FormField[], values: FormValues): HandoffPayload {
  const payload: HandoffPayload = {};
  for (const { field, type } of fields) {
    const raw = values[field] ?? "";
    if (raw.trim() === "") continue;
    switch (type) {
      case "list":
        payload[field] = raw.split("\n").map((line) => line.trim()).filter((line) => line !== "");
        break;
      case "number": {
        const n = Number(raw.trim());
        payload[field] = Number.isFinite(n) ? n : raw;
        break;
      }
      case "boolean":
        payload[field] = raw === "true" ? true : raw === "false" ? false : raw;
        break;
      default:
        payload[field] = raw;
    }
  }
  return payload;
}

/** A payload from an earlier handoff back into form text, to start from the last attempt. */
export function fromPayload(fields: readonly FormField[], payload: unknown): FormValues {
  const values: FormValues = {};
  if (typeof payload !== "object" || payload === null) return values;
  const record = payload as Record<string, unknown>;
  for (const { field } of fields) {
    const v = record[field];
    if (v === undefined || v === null) continue;
    values[field] = Array.isArray(v) ? v.map(String).join("\n") : String(v);
  }
  return values;
}
