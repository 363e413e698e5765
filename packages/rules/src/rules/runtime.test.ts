import { describe, expect, it } from "vitest";
import type { GraphHandoff } from "../graph.ts";
import { AS_OF, brief, run } from "../testing.ts";
import { failedGate } from "./failed-gate.ts";
import { overriddenGate } from "./overridden-gate.ts";
import { slaBreach } from "./sla-breach.ts";

const team = `
roles:
  - { id: des, name: Designer }
  - { id: eng, name: Engineer }
artifacts: []
contracts:
  - { id: k, from: des, to: eng, boundary: { from: decide, to: build }, gates: [{ id: g, text: G, check: { field: x, present: true } }], sla: { acknowledgeWithinHours: 24 } }`;
const failed = JSON.stringify([{ gate: "g", text: "G", status: "FAILED", reason: "x is missing" }]);
const handoff = (id: string, submittedAt: string, more: Partial<GraphHandoff> = {}): GraphHandoff =>
  ({ id, contract: "k", submittedAt, acknowledgedAt: null, nextStageStartedAt: null, passed: true, gateResults: "[]", ...more });

describe("sla-breach", () => {
  it("fires for a handoff not acknowledged within the contract's hours at asOf", () => {
    const found = run(slaBreach, team, [handoff("k/1", "2026-02-27T12:00:00.000Z")]);
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "k/1", related: ["k", "des", "eng"] }]);
    expect(found[0]?.remediation).toBe("Engineer should acknowledge the handoff now; if the SLA of k cannot be kept, renegotiate it.");
  });

  it("does not fire within the hours, for an acknowledged handoff, or for one submitted after asOf", () => {
    expect(run(slaBreach, team, [handoff("k/1", "2026-03-01T00:00:00.000Z")])).toEqual([]);
    expect(run(slaBreach, team, [handoff("k/1", "2026-02-27T12:00:00.000Z", { acknowledgedAt: "2026-02-28T00:00:00.000Z" })])).toEqual([]);
    expect(run(slaBreach, team, [handoff("k/1", "2026-03-02T00:00:00.000Z")])).toEqual([]);
  });
});

describe("failed-gate", () => {
  it("fires when the latest handoff at asOf failed, naming the gate and reason", () => {
    const found = run(failedGate, team, [
      handoff("k/1", "2026-02-01T00:00:00.000Z"),
      handoff("k/2", "2026-02-02T00:00:00.000Z", { passed: false, gateResults: failed }),
      // Later than asOf: had not happened yet.
      handoff("k/3", "2026-03-05T00:00:00.000Z"),
    ]);
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "k", related: ["g"] }]);
    expect(found[0]?.message).toBe("The latest handoff under contract k from Designer to Engineer, k/2 submitted 2026-02-02T00:00:00.000Z, failed 1 gate: 'g' (x is missing)");
  });

  it("does not fire when a passing resubmission came later", () => {
    expect(run(failedGate, team, [
      handoff("k/1", "2026-02-01T00:00:00.000Z", { passed: false, gateResults: failed }),
      handoff("k/2", "2026-02-02T00:00:00.000Z"),
    ], AS_OF)).toEqual([]);
  });
});

describe("overridden-gate", () => {
  const acked = { passed: false, gateResults: failed, acknowledgedAt: "2026-02-28T00:00:00.000Z" };
  it("reports a handoff acknowledged with an override, the reason and who gave it in the message", () => {
    const found = run(overriddenGate, team, [handoff("k/1", "2026-02-27T12:00:00.000Z", { ...acked, override: "launch date is fixed", overriddenBy: "ci" })]);
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "k/1", related: ["k", "g"] }]);
    expect(found[0]?.message).toBe(`Handoff k/1 under contract k from Designer to Engineer failed gates 'g' and was acknowledged at 2026-02-28T00:00:00.000Z with an override by ci: "launch date is fixed"`);
  });

  it("does not report one without an override, or one acknowledged after asOf", () => {
    expect(run(overriddenGate, team, [handoff("k/1", "2026-02-27T12:00:00.000Z", acked)])).toEqual([]);
    expect(run(overriddenGate, team, [handoff("k/1", "2026-02-27T12:00:00.000Z", { ...acked, override: "x", acknowledgedAt: "2026-03-02T00:00:00.000Z" })])).toEqual([]);
  });
});
