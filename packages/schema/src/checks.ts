import { z } from "zod";
import { checkKindsOf, type CheckKind, type GateCheck } from "./contract.ts";

// One evaluator per check kind. Each returns null when the check passes, otherwise the reason
// as a person should read it. Reasons are stored in the audit trail and asserted in tests, so
// their wording is part of the API: change it deliberately.

/** The same two date shapes the contract accepts for `before` / `after`. */
const DateValue = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** How a value reads in a sentence: `evidence is text, needs a list`. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return Number.isFinite(value) ? "a number" : "not a finite number";
  if (typeof value === "boolean") return "true or false";
  if (typeof value === "object") return "an object";
  return String(typeof value);
}

export function isMissing(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Whitespace-only text and empty lists carry nothing, so `present: true` must not accept them. */
function isEmpty(value: unknown): boolean {
  return (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

/** Own properties only: a field named `constructor` must not be found on Object.prototype. */
export function fieldOf(payload: unknown, field: string): unknown {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return undefined;
  return Object.hasOwn(payload, field) ? (payload as Record<string, unknown>)[field] : undefined;
}

/** Quoted, and cut short so one long evidence item cannot swamp the reason. */
function quote(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

function show(value: unknown): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return kindOf(value);
}

const items = (n: number): string => (n === 1 ? "1 item" : `${n} items`);

/** The `u` flag matches how the contract schema validated the expression. */
function regex(field: string, source: string): RegExp | string {
  try {
    return new RegExp(source, "u");
  } catch {
    return `the check on ${field} has an invalid regular expression /${source}/`;
  }
}

type Evaluator<K extends CheckKind> = (field: string, value: unknown, expected: NonNullable<GateCheck[K]>) => string | null;

function list(field: string, value: unknown, limit: (n: number) => string | null): string | null {
  return Array.isArray(value) ? limit(value.length) : `${field} is ${kindOf(value)}, needs a list`;
}

function num(field: string, value: unknown, ok: (n: number) => boolean, needs: string): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return `${field} is ${kindOf(value)}, needs a number`;
  return ok(value) ? null : `${field} is ${value}, needs ${needs}`;
}

function date(field: string, value: unknown, ok: (t: number) => boolean, needs: string): string | null {
  if (typeof value !== "string") return `${field} is ${kindOf(value)}, needs a date`;
  if (!DateValue.safeParse(value).success) return `${field} is ${quote(value)}, needs a date`;
  // Date-only values parse as midnight UTC; date-times carry their own offset.
  return ok(Date.parse(value)) ? null : `${field} is ${value}, needs ${needs}`;
}

const EVALUATORS: { [K in CheckKind]: Evaluator<K> } = {
  // `present: false` is the exact negation of `present: true`, so an empty list of blocking
  // dependencies satisfies "no blocking dependencies identified".
  present: (field, value, wanted) => {
    const has = !isMissing(value) && !isEmpty(value);
    if (wanted) return has ? null : `${field} is ${isMissing(value) ? "missing" : "empty"}`;
    return has ? `${field} is present, needs to be absent` : null;
  },
  equals: (field, value, expected) => (value === expected ? null : `${field} is ${show(value)}, needs ${show(expected)}`),
  minItems: (field, value, min) => list(field, value, (n) => (n >= min ? null : `${field} has ${items(n)}, needs at least ${min}`)),
  maxItems: (field, value, max) => list(field, value, (n) => (n <= max ? null : `${field} has ${items(n)}, needs at most ${max}`)),
  eachMatches: (field, value, source) => {
    if (!Array.isArray(value)) return `${field} is ${kindOf(value)}, needs a list`;
    const re = regex(field, source);
    if (typeof re === "string") return re;
    // An empty list would pass "every item matches" vacuously; a gate means at least one.
    if (value.length === 0) return `${field} has no items, needs every item to match /${source}/`;
    const failing = value.flatMap((item: unknown, i) => {
      if (typeof item !== "string" && typeof item !== "number") return [`${field} item ${i + 1} is ${kindOf(item)}, needs text`];
      return re.test(String(item)) ? [] : [`${field} item ${i + 1} (${quote(item)}) does not match /${source}/`];
    });
    const [first] = failing;
    if (first === undefined) return null;
    const more = failing.length - 1;
    return more === 0 ? first : `${first}, nor ${more === 1 ? "does 1 more item" : `do ${more} more items`}`;
  },
  matches: (field, value, source) => {
    if (typeof value !== "string") return `${field} is ${kindOf(value)}, needs text`;
    const re = regex(field, source);
    if (typeof re === "string") return re;
    return re.test(value) ? null : `${field} (${quote(value)}) does not match /${source}/`;
  },
  atLeast: (field, value, min) => num(field, value, (n) => n >= min, `at least ${min}`),
  atMost: (field, value, max) => num(field, value, (n) => n <= max, `at most ${max}`),
  before: (field, value, limit) => date(field, value, (t) => t < Date.parse(limit), `before ${limit}`),
  after: (field, value, limit) => date(field, value, (t) => t > Date.parse(limit), `after ${limit}`),
};

function evaluate<K extends CheckKind>(kind: K, check: GateCheck, value: unknown): string | null {
  const expected = check[kind];
  if (expected === undefined) return null;
  const evaluator: Evaluator<K> = EVALUATORS[kind];
  return evaluator(check.field, value, expected);
}

/** Null when the payload satisfies the check, otherwise why not. */
export function runCheck(check: GateCheck, payload: unknown): string | null {
  const value = fieldOf(payload, check.field);
  const kinds = checkKindsOf(check);
  // A parsed contract has exactly one kind; a hand-built one with none must not pass silently.
  if (kinds.length === 0) return `the check on ${check.field} names no kind of check`;
  for (const kind of kinds) {
    if (kind !== "present" && isMissing(value)) return `${check.field} is missing`;
    const reason = evaluate(kind, check, value);
    if (reason !== null) return reason;
  }
  return null;
}
