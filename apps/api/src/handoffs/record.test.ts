import { evaluateHandoff, type Contract } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { handoffId, parseGateResults, parsePayloadErrors, snapshotGates } from "./record.ts";

function contract(): Contract {
  return {
    id: "brief", from: "pm", to: "arch", boundary: { from: "discover", to: "decide", loop: false }, carries: [],
    requires: [{ field: "evidence", type: "list" }],
    gates: [
      { id: "evidence", text: "3+ data points", check: { field: "evidence", minItems: 3 } },
      { id: "vibe", text: "Good context" },
    ],
  };
}

describe("handoff records", () => {
  it("ids name the contract and the number under it", () => {
    expect(handoffId("pm-to-architect", 12)).toBe("pm-to-architect/12");
  });

  it("the gate snapshot keeps text and check as evaluated, and reads back the same", () => {
    const c = contract();
    const snapshot = snapshotGates(c, evaluateHandoff(c, { evidence: ["a", "b"] }, new Date()).gates);
    expect(snapshot).toEqual([
      { gate: "evidence", text: "3+ data points", status: "FAILED", reason: "evidence has 2 items, needs at least 3", check: { field: "evidence", minItems: 3 } },
      { gate: "vibe", text: "Good context", status: "UNCHECKED", reason: "preference: cannot be checked" },
    ]);
    expect(parseGateResults(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it("an unreadable snapshot shows nothing rather than something wrong", () => {
    expect(parseGateResults(null)).toEqual([]);
    expect(parseGateResults("{not json")).toEqual([]);
    expect(parseGateResults(JSON.stringify([{ gate: "x", status: "MAYBE" }, { gate: "y", status: "PASSED" }])))
      .toEqual([{ gate: "y", text: "y", status: "PASSED", reason: null }]);
    expect(parsePayloadErrors(JSON.stringify([{ path: "evidence", message: "is required" }]))).toEqual([{ path: "evidence", message: "is required" }]);
    expect(parsePayloadErrors(null)).toEqual([]);
  });
});
