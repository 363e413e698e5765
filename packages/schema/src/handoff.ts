import { z } from "zod";
import { runCheck, kindOf } from "./checks.ts";
import { CHECK_KINDS, checkKindsOf, type Contract, type FieldType } from "./contract.ts";
import { formatPath } from "./parse.ts";

// A handoff is a payload submitted under a contract. This module is pure and uses no Node-only
// API: the API stores handoffs with it and the explorer validates its form with it, so both
// sides give the same answer and the same words.

export type HandoffPayload = Record<string, unknown>;
export interface PayloadError {
  /** Field path as people write it: `evidence[1]`; empty for the payload as a whole. */
  path: string;
  message: string;
}
export type PayloadValidation = { ok: true; payload: HandoffPayload } | { ok: false; errors: PayloadError[] };

export type GateStatus = "PASSED" | "FAILED" | "UNCHECKED";
export interface GateResult {
  /** The gate's id. */
  gate: string;
  text: string;
  status: GateStatus;
  /** Why the gate failed or was not checked; null when it passed. */
  reason: string | null;
}
export interface HandoffEvaluation {
  valid: boolean;
  errors: PayloadError[];
  gates: GateResult[];
  /** Valid and no gate FAILED; a preference (UNCHECKED) never blocks a handoff. */
  passed: boolean;
}

const NOUN: Record<FieldType, string> = {
  text: "text",
  list: "a list",
  number: "a number",
  boolean: "true or false",
  date: "a date",
};

/** `evidence: expected a list, got text`; an absent required field is simply "is required". */
const expecting = (noun: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is required" : `expected ${noun}, got ${kindOf(issue.input)}`;

const nonBlank = (s: string): boolean => s.trim() !== "";

function fieldSchema(type: FieldType): z.ZodType {
  switch (type) {
    case "text":
      return z.string({ error: expecting(NOUN.text) }).refine(nonBlank, "must not be empty");
    case "list": {
      // Items are what people paste as evidence: text or bare numbers. A blank item would let
      // ["", "", ""] satisfy `minItems: 3`, so it is an error rather than a data point.
      const item = z.union([z.string().refine(nonBlank, "must not be empty"), z.number()], {
        error: expecting("text or a number"),
      });
      return z.array(item, { error: expecting(NOUN.list) });
    }
    case "number":
      return z.number({ error: expecting(NOUN.number) });
    case "boolean":
      return z.boolean({ error: expecting(NOUN.boolean) });
    case "date":
      return z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
        error: (issue) =>
          typeof issue.input === "string"
            ? `expected a date such as 2026-01-31 or 2026-01-31T09:00:00Z, got ${JSON.stringify(issue.input)}`
            : expecting(NOUN.date)(issue),
      });
  }
}

/**
 * The zod schema of a payload under `contract`: every `requires` field with its type; fields
 * that only gates name are optional (the gate, not the schema, asks for them), typed by their
 * check kind; `present` / `equals` say nothing about type, so those accept anything. Extra
 * fields pass through: a payload may carry more than the contract asks for.
 */
export function payloadSchemaFor(contract: Contract): z.ZodType<HandoffPayload> {
  const shape: Record<string, z.ZodType> = {};
  for (const gate of contract.gates) {
    const check = gate.check;
    if (check === undefined || shape[check.field] !== undefined) continue;
    const types: (FieldType | "any")[] = checkKindsOf(check).map((kind) => CHECK_KINDS[kind]);
    const type = types.find((t): t is FieldType => t !== "any");
    shape[check.field] = (type === undefined ? z.unknown() : fieldSchema(type)).optional();
  }
  // Declared requirements win over anything inferred from a gate.
  for (const requirement of contract.requires) shape[requirement.field] = fieldSchema(requirement.type);
  return z.looseObject(shape, {
    error: (issue) => `expected an object of fields, got ${issue.input === undefined ? "nothing" : kindOf(issue.input)}`,
  });
}

export function validatePayload(contract: Contract, payload: unknown): PayloadValidation {
  const result = payloadSchemaFor(contract).safeParse(payload);
  if (result.success) return { ok: true, payload: result.data };
  const errors = result.error.issues.map((issue) => ({
    path: formatPath(issue.path.filter((p): p is string | number => typeof p !== "symbol")),
    message: issue.message,
  }));
  return { ok: false, errors };
}

/**
 * One result per gate, in contract order. Gates are evaluated on the raw payload even when it
 * is invalid, so a form can show every gate's state while it is being filled in. `at` is the
 * time of evaluation, kept in the signature for relative checks ("within 7 days").
 */
export function evaluateGates(contract: Contract, payload: unknown, _at: Date): GateResult[] {
  return contract.gates.map((gate) => {
    if (gate.check === undefined) {
      return { gate: gate.id, text: gate.text, status: "UNCHECKED", reason: "preference: cannot be checked" };
    }
    const reason = runCheck(gate.check, payload);
    return { gate: gate.id, text: gate.text, status: reason === null ? "PASSED" : "FAILED", reason };
  });
}

export function evaluateHandoff(contract: Contract, payload: unknown, at: Date): HandoffEvaluation {
  const validation = validatePayload(contract, payload);
  const errors = validation.ok ? [] : validation.errors;
  const gates = evaluateGates(contract, payload, at);
  const passed = validation.ok && gates.every((g) => g.status !== "FAILED");
  return { valid: validation.ok, errors, gates, passed };
}
