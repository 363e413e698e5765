import { describe, expect, it } from "vitest";
import type { HandoffRow } from "../db/handoffs.ts";
import { formatList, formatSubmission, table } from "./format.ts";

const base: HandoffRow = {
  team: "t", id: "pm-to-architect/1", seq: 1, contract: "pm-to-architect", submittedBy: "data-pm", submittedAt: "2026-03-02T09:00:00.000Z",
  payload: "{}", passed: false, valid: false, acknowledgedByPrincipal: null, nextStageStartedBy: null, override: null, overriddenBy: null,
  gateResults: JSON.stringify([
    { gate: "evidence", text: "3+", status: "FAILED", reason: "evidence has 2 items, needs at least 3" },
    { gate: "priority", text: "Priority", status: "PASSED", reason: null },
  ]),
  payloadErrors: JSON.stringify([{ path: "ethical_considerations", message: "is required" }]),
  acknowledgedAt: null, acknowledgedBy: null, nextStageStartedAt: null, idempotencyKey: null,
  acknowledgeWithinHours: 24, nextStageWithinHours: null,
};

describe("CLI tables", () => {
  it("pads every column but the last", () => {
    expect(table([["a", "bb", "c"], ["ccc", "d", "e"]])).toBe("a    bb  c\nccc  d   e");
  });

  it("a submission shows the verdict, the gate table and what the payload lacks", () => {
    expect(formatSubmission(base)).toBe([
      "pm-to-architect/1  FAILED  submitted 2026-03-02T09:00:00.000Z by data-pm",
      "",
      "gate      status  reason",
      "evidence  FAILED  evidence has 2 items, needs at least 3",
      "priority  PASSED",
      "",
      "payload does not match the contract:",
      "  ethical_considerations: is required",
    ].join("\n"));
  });

  it("a list shows acknowledgement and SLA state at the given time", () => {
    const acked = { ...base, id: "pm-to-architect/2", passed: true, acknowledgedAt: "2026-03-02T10:00:00.000Z", acknowledgedBy: "ci" };
    expect(formatList([base, acked], new Date("2026-03-03T10:00:00Z"))).toBe([
      "handoff            submitted                 gates   acknowledgement                       sla",
      "pm-to-architect/1  2026-03-02T09:00:00.000Z  failed  pending                               OVERDUE",
      "pm-to-architect/2  2026-03-02T09:00:00.000Z  passed  acked 2026-03-02T10:00:00.000Z by ci  on time",
    ].join("\n"));
  });
});
