import { evaluateHandoff } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import type { ContractRow } from "../db/entities.ts";
import { contractFromRow } from "./contract-from-row.ts";

const row: ContractRow = {
  team: "t", id: "pm-to-architect", name: null, from: "pm", to: "architect", fromStage: "discover", toStage: "decide", loop: false,
  carries: ["problem-brief"],
  gates: [
    { id: "measurable", text: "Measurable", checkable: true, check: JSON.stringify({ field: "success_criteria", eachMatches: "\\d" }) },
    { id: "good-context", text: "Good context", checkable: false, check: null },
  ],
  requires: [{ field: "success_criteria", type: "list", description: null }],
  acknowledgeWithinHours: 24, nextStageWithinHours: null,
};

describe("contractFromRow", () => {
  it("rebuilds the contract the evaluator needs, parsing each gate's check", () => {
    expect(contractFromRow(row)).toEqual({
      id: "pm-to-architect", from: "pm", to: "architect", boundary: { from: "discover", to: "decide", loop: false }, carries: ["problem-brief"],
      requires: [{ field: "success_criteria", type: "list" }],
      gates: [
        { id: "measurable", text: "Measurable", check: { field: "success_criteria", eachMatches: "\\d" } },
        { id: "good-context", text: "Good context" },
      ],
      sla: { acknowledgeWithinHours: 24 },
    });
  });

  it("evaluates the same as the contract it came from", () => {
    const result = evaluateHandoff(contractFromRow(row), { success_criteria: ["p95 under 2 s", "users are happy"] }, new Date());
    expect(result.gates.map((g) => [g.gate, g.status, g.reason])).toEqual([
      ["measurable", "FAILED", 'success_criteria item 2 ("users are happy") does not match /\\d/'],
      ["good-context", "UNCHECKED", "preference: cannot be checked"],
    ]);
  });

  it("a stored check the format no longer accepts fails loudly", () => {
    expect(() => contractFromRow({ ...row, gates: [{ id: "x", text: "X", checkable: true, check: JSON.stringify({ field: "a" }) }] })).toThrow(/a check needs one of/);
  });
});
