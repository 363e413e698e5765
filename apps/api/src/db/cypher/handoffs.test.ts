import { describe, expect, it } from "vitest";
import * as cypher from "./handoffs.ts";

const keys = [{ team: "t", id: "pm-to-architect" }];

describe("handoff statements", () => {
  it("read handoffs by key, by parent and by team, values only as parameters", () => {
    expect(cypher.handoffsByKeys(keys)).toMatchSnapshot();
    for (const parent of ["contract", "sender", "receiver"] as const) expect(cypher.handoffsGroupedBy(parent, keys)).toMatchSnapshot(parent);
    expect(cypher.teamHandoffs("t", { contract: "c", pending: true })).toMatchSnapshot();
    expect(cypher.handoffByIdempotencyKey("t", "k-1")).toMatchSnapshot();
    expect(cypher.teamExists("t")).toMatchSnapshot();
  });

  it("write a submission under the contract's lock", () => {
    expect(cypher.lockContract("t", "c")).toMatchSnapshot();
    expect(cypher.submissionState({ team: "t", contract: "c", submittedBy: "pm", key: null })).toMatchSnapshot();
    const created = cypher.createHandoff({
      team: "t", id: "c/1", seq: 1, contract: "c", submittedBy: "pm", submittedAt: "2026-01-01T00:00:00.000Z",
      payload: "{}", gateResults: "[]", passed: true, valid: true, payloadErrors: null, key: "k-1", ackDue: null, nextDue: null,
    });
    expect(created).toMatchSnapshot();
    expect(created.text).not.toContain("k-1");
  });

  const BY = { role: "architect", principal: "alice", override: null };
  it("record a milestone once: the property name is one of two, the rest parameters", () => {
    expect(cypher.lockHandoff("t", "c/1", "acknowledgedAt")).toMatchSnapshot();
    expect(cypher.setMilestone("t", "c/1", "acknowledgedAt", "2026-01-02T00:00:00.000Z", BY)).toMatchSnapshot();
    expect(cypher.setMilestone("t", "c/1", "nextStageStartedAt", "2026-01-02T00:00:00.000Z", BY).text).not.toContain("acknowledgedBy");
    expect(() => cypher.setMilestone("t", "c/1", "x = 1, h.passed" as cypher.Milestone, "", BY)).toThrow(/unknown milestone/);
  });
});
