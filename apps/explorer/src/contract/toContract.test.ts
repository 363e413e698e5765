import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateHandoff, parseTeamDocument } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { fromPayload, toPayload } from "./payload.ts";
import { formFields, toContract, type ApiContract } from "./toContract.ts";

const seed = parseTeamDocument(readFileSync(join(import.meta.dirname, "../../../../seed/dpos-data-team.yaml"), "utf8"));
if (!seed.ok) throw new Error("the seed team must parse");
const yaml = seed.team.contracts.find((c) => c.id === "pm-to-architect");
if (yaml === undefined) throw new Error("the seed has the Problem Brief Handoff");

/** The contract as the API sends it. */
const api: ApiContract = {
  id: yaml.id, name: yaml.name ?? null,
  from: { id: yaml.from, name: "Data PM" }, to: { id: yaml.to, name: "Architect" },
  fromStage: { id: "discover", name: "Discover" }, toStage: { id: "decide", name: "Decide" },
  carries: [{ id: "problem-brief", name: "Problem brief" }],
  requires: yaml.requires.map((r) => ({ field: r.field, type: r.type, description: r.description ?? null })),
  gates: yaml.gates.map((g) => ({ id: g.id, text: g.text, checkable: g.check !== undefined, check: g.check ?? null })),
  handoffs: [],
};

describe("toContract", () => {
  it("gives the shared evaluator the same answer for the API's contract as for the file's", () => {
    const payload = { evidence: ["a", "b"], success_criteria: ["fast"], customer_problem: "x" };
    const at = new Date("2026-01-01T00:00:00Z");
    expect(evaluateHandoff(toContract(api), payload, at)).toEqual(evaluateHandoff(yaml, payload, at));
  });

  it("treats a check it cannot read as a preference rather than failing the gate", () => {
    const odd = { ...api, gates: [{ id: "g", text: "odd", checkable: true, check: { field: "x", teleports: 1 } }] };
    expect(toContract(odd).gates[0]?.check).toBeUndefined();
  });
});

describe("form values to payload", () => {
  const fields = formFields(toContract(api));
  it("turns lines into lists and leaves empty fields out", () => {
    const p = toPayload(fields, { evidence: "quote one\n\n usage dip \n", customer_problem: "  " });
    expect(p).toEqual({ evidence: ["quote one", "usage dip"] });
  });
  it("keeps non-numbers as text so the schema can say what is wrong", () => {
    const numbers = [{ field: "n", type: "number" as const, description: null, optional: false }];
    expect(toPayload(numbers, { n: "12.5" })).toEqual({ n: 12.5 });
    expect(toPayload(numbers, { n: "lots" })).toEqual({ n: "lots" });
  });
  it("round-trips an earlier payload into the form", () => {
    const values = { evidence: "a\nb\nc", customer_problem: "slow cohorts" };
    expect(toPayload(fields, fromPayload(fields, toPayload(fields, values)))).toEqual(toPayload(fields, values));
  });
});
