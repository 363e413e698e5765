import { describe, expect, it } from "vitest";
import { ContractSchema, type Contract, type GateCheck, type Requirement } from "./contract.ts";
import { evaluateGates, evaluateHandoff, payloadSchemaFor, validatePayload } from "./handoff.ts";

const AT = new Date("2026-01-15T12:00:00Z");

/** A contract with one gate, parsed so every test contract is one a team file could hold. */
function oneGate(check: GateCheck, requires: Requirement[] = []): Contract {
  return ContractSchema.parse({
    id: "c",
    from: "a",
    to: "b",
    boundary: { from: "discover", to: "decide" },
    requires,
    gates: [{ id: "g", text: "the gate", check }],
  });
}

/** The reason the single gate gives for `payload`: null when it passed. */
function reason(check: GateCheck, payload: unknown): string | null {
  const [result] = evaluateGates(oneGate(check), payload, AT);
  return result?.reason ?? null;
}

describe("check kinds", () => {
  it.each<[string, GateCheck, unknown, string | null]>([
    ["present passes", { field: "owner", present: true }, { owner: "Priya" }, null],
    ["present missing", { field: "priority_confirmed_by", present: true }, {}, "priority_confirmed_by is missing"],
    ["present null", { field: "owner", present: true }, { owner: null }, "owner is missing"],
    ["present blank", { field: "owner", present: true }, { owner: "  " }, "owner is empty"],
    ["present empty list", { field: "risks", present: true }, { risks: [] }, "risks is empty"],
    ["absent passes", { field: "blockers", present: false }, {}, null],
    ["absent passes on an empty list", { field: "blockers", present: false }, { blockers: [] }, null],
    ["absent fails", { field: "blockers", present: false }, { blockers: ["db"] }, "blockers is present, needs to be absent"],
    ["equals passes", { field: "decision", equals: "go" }, { decision: "go" }, null],
    ["equals fails", { field: "decision", equals: "go" }, { decision: "wait" }, 'decision is "wait", needs "go"'],
    ["equals boolean", { field: "signed", equals: true }, { signed: false }, "signed is false, needs true"],
    ["equals missing", { field: "decision", equals: "go" }, {}, "decision is missing"],
    ["minItems passes", { field: "evidence", minItems: 3 }, { evidence: ["a", "b", 3] }, null],
    ["minItems fails", { field: "evidence", minItems: 3 }, { evidence: ["a", "b"] }, "evidence has 2 items, needs at least 3"],
    ["minItems one item", { field: "evidence", minItems: 3 }, { evidence: ["a"] }, "evidence has 1 item, needs at least 3"],
    ["minItems on text", { field: "evidence", minItems: 3 }, { evidence: "lots" }, "evidence is text, needs a list"],
    ["minItems missing", { field: "evidence", minItems: 3 }, {}, "evidence is missing"],
    ["maxItems passes", { field: "scope", maxItems: 2 }, { scope: ["a", "b"] }, null],
    ["maxItems fails", { field: "scope", maxItems: 2 }, { scope: ["a", "b", "c"] }, "scope has 3 items, needs at most 2"],
    ["eachMatches passes", { field: "success_criteria", eachMatches: "\\d" }, { success_criteria: ["p95 < 200ms", 5] }, null],
    ["eachMatches fails", { field: "success_criteria", eachMatches: "\\d" }, { success_criteria: ["99% uptime", "make it better"] },
      'success_criteria item 2 ("make it better") does not match /\\d/'],
    ["eachMatches several fail", { field: "success_criteria", eachMatches: "\\d" }, { success_criteria: ["a", "b", "c"] },
      'success_criteria item 1 ("a") does not match /\\d/, nor do 2 more items'],
    ["eachMatches empty list", { field: "success_criteria", eachMatches: "\\d" }, { success_criteria: [] },
      "success_criteria has no items, needs every item to match /\\d/"],
    ["eachMatches odd item", { field: "tags", eachMatches: "." }, { tags: ["a", { b: 1 }] }, "tags item 2 is an object, needs text"],
    ["matches passes", { field: "ticket", matches: "^RG-\\d+$" }, { ticket: "RG-12" }, null],
    ["matches fails", { field: "ticket", matches: "^RG-\\d+$" }, { ticket: "later" }, 'ticket ("later") does not match /^RG-\\d+$/'],
    ["matches on a number", { field: "ticket", matches: "\\d" }, { ticket: 12 }, "ticket is a number, needs text"],
    ["atLeast passes", { field: "budget", atLeast: 10 }, { budget: 10 }, null],
    ["atLeast fails", { field: "budget", atLeast: 20 }, { budget: 12 }, "budget is 12, needs at least 20"],
    ["atMost passes", { field: "budget", atMost: 10 }, { budget: 9.5 }, null],
    ["atMost fails", { field: "budget", atMost: 10 }, { budget: 12 }, "budget is 12, needs at most 10"],
    ["atMost on text", { field: "budget", atMost: 10 }, { budget: "12" }, "budget is text, needs a number"],
    ["before passes", { field: "due", before: "2026-01-01" }, { due: "2025-12-31T23:59:59Z" }, null],
    ["before fails", { field: "due", before: "2026-01-01" }, { due: "2026-01-05" }, "due is 2026-01-05, needs before 2026-01-01"],
    ["before is strict", { field: "due", before: "2026-01-01" }, { due: "2026-01-01" }, "due is 2026-01-01, needs before 2026-01-01"],
    ["after passes", { field: "start", after: "2026-01-01" }, { start: "2026-01-02" }, null],
    ["after fails", { field: "start", after: "2026-01-01" }, { start: "2025-06-30" }, "start is 2025-06-30, needs after 2026-01-01"],
    ["after not a date", { field: "start", after: "2026-01-01" }, { start: "next week" }, 'start is "next week", needs a date'],
  ])("%s", (_name, check, payload, expected) => {
    expect(reason(check, payload)).toBe(expected);
  });

  it("reads only the payload's own fields", () => {
    expect(reason({ field: "constructor", present: true }, {})).toBe("constructor is missing");
    expect(reason({ field: "evidence", minItems: 1 }, ["not", "an", "object"])).toBe("evidence is missing");
  });
});

describe("payload validation", () => {
  const contract = oneGate({ field: "ethics", present: true }, [
    { field: "customer_problem", type: "text" },
    { field: "evidence", type: "list" },
    { field: "impact", type: "number" },
    { field: "approved", type: "boolean" },
    { field: "due", type: "date" },
  ]);
  const good = { customer_problem: "Slow exports", evidence: ["ticket 1", 42], impact: 3, approved: true, due: "2026-02-01" };

  it("accepts a well-typed payload and keeps extra fields", () => {
    expect(validatePayload(contract, { ...good, notes: "extra" })).toEqual({ ok: true, payload: { ...good, notes: "extra" } });
  });

  it("says what was expected and what came", () => {
    const result = validatePayload(contract, { ...good, evidence: "one", customer_problem: " ", due: "soon", approved: "yes" });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: "customer_problem", message: "must not be empty" },
        { path: "evidence", message: "expected a list, got text" },
        { path: "approved", message: "expected true or false, got text" },
        { path: "due", message: 'expected a date such as 2026-01-31 or 2026-01-31T09:00:00Z, got "soon"' },
      ],
    });
  });

  it("names missing fields, blank list items and a payload that is not an object", () => {
    const { impact: _impact, ...rest } = good;
    expect(validatePayload(contract, { ...rest, evidence: ["a", ""] })).toEqual({
      ok: false,
      errors: [{ path: "evidence[1]", message: "must not be empty" }, { path: "impact", message: "is required" }],
    });
    expect(validatePayload(contract, [])).toEqual({ ok: false, errors: [{ path: "", message: "expected an object of fields, got a list" }] });
  });

  it("types fields only gates name by their check kind, and leaves them optional", () => {
    const schema = payloadSchemaFor(oneGate({ field: "budget", atMost: 10 }));
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ budget: "12" }).error?.issues[0]?.message).toBe("expected a number, got text");
  });
});

describe("the PM to Architect contract", () => {
  const contract = ContractSchema.parse({
    id: "pm-to-architect",
    name: "Problem Brief Handoff",
    from: "data-pm",
    to: "architect",
    boundary: { from: "discover", to: "decide" },
    carries: ["problem-brief"],
    requires: [
      { field: "customer_problem", type: "text" },
      { field: "evidence", type: "list" },
      { field: "success_criteria", type: "list" },
      { field: "priority_confirmed_by", type: "text" },
    ],
    gates: [
      { id: "evidence", text: "Problem validated with 3+ customer data points", check: { field: "evidence", minItems: 3 } },
      { id: "priority", text: "Priority confirmed by portfolio owner", check: { field: "priority_confirmed_by", present: true } },
      { id: "measurable", text: "Success criteria include a measurable threshold", check: { field: "success_criteria", eachMatches: "\\d" } },
      { id: "ethics", text: "Ethical considerations documented", check: { field: "ethical_considerations", present: true } },
      { id: "good-context", text: "Brief gives good context" },
    ],
  });
  const brief = {
    customer_problem: "Analysts wait 20 minutes for cohort exports",
    evidence: ["12 support tickets in Q3", "NPS verbatim: 'exports are painful'"],
    success_criteria: ["p95 export time under 60s", "export-related tickets down 50%"],
    priority_confirmed_by: "Dana (portfolio owner)",
  };

  it("fails a brief with two data points and no ethics, saying why", () => {
    const result = evaluateHandoff(contract, brief, AT);
    expect(result.valid).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.gates.map((g) => [g.gate, g.status, g.reason])).toEqual([
      ["evidence", "FAILED", "evidence has 2 items, needs at least 3"],
      ["priority", "PASSED", null],
      ["measurable", "PASSED", null],
      ["ethics", "FAILED", "ethical_considerations is missing"],
      ["good-context", "UNCHECKED", "preference: cannot be checked"],
    ]);
  });

  it("passes a complete brief; the preference stays unchecked", () => {
    const complete = { ...brief, evidence: [...brief.evidence, "usage: 40% of exports time out"], ethical_considerations: "No PII leaves the warehouse" };
    const result = evaluateHandoff(contract, complete, AT);
    expect(result).toMatchObject({ valid: true, errors: [], passed: true });
    expect(result.gates.map((g) => g.status)).toEqual(["PASSED", "PASSED", "PASSED", "PASSED", "UNCHECKED"]);
  });

  it("does not pass an invalid payload even when every gate passes", () => {
    const odd = { ...brief, customer_problem: 7, evidence: [1, 2, 3], ethical_considerations: "ok" };
    const result = evaluateHandoff(contract, odd, AT);
    expect(result.gates.every((g) => g.status !== "FAILED")).toBe(true);
    expect(result).toMatchObject({ valid: false, passed: false, errors: [{ path: "customer_problem", message: "expected text, got a number" }] });
  });
});
