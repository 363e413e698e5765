import { beforeAll, describe, expect, it } from "vitest";
import { codes, db, dposTeam, GOOD_BRIEF, ok, SUBMIT, type Submitted } from "./fixture.ts";

// The PM to Architect brief of seed/dpos-data-team.yaml: evidence minItems 3, priority
// present, success_criteria eachMatches \d, ethics present, good-context a preference;
// SLA: acknowledge within 24 h, next stage within 48 h.
let team = "";
beforeAll(async () => {
  team = await dposTeam("dpos-handoff");
});

const FIRST_AT = "2026-03-02T09:00:00.000Z";
const SECOND_AT = "2026-03-02T15:00:00.000Z";
const { ethical_considerations: _left, ...withoutEthics } = GOOD_BRIEF;
const FAILING = { ...withoutEthics, evidence: GOOD_BRIEF.evidence.slice(0, 2), success_criteria: ["Time to first cohort under 10 minutes", "Analysts are happier"] };

const HANDOFF = `id passed valid submittedAt acknowledgedAt acknowledgedBy nextStageStartedAt payload
  contract { id } submittedBy { id }
  errors { path message }
  gates { gate { id text checkable } status reason }`;
const TRAIL = `query($team: ID!) { team(id: $team) { contracts { id handoffs { ${HANDOFF} } } } }`;
const MARK = (field: "acknowledgeHandoff" | "startNextStage") =>
  `mutation($team: ID!, $handoff: ID!, $at: DateTime) { ${field}(team: $team, handoff: $handoff, at: $at) { id acknowledgedAt acknowledgedBy nextStageStartedAt } }`;

describe("handoffs under pm-to-architect on the DPOS team", () => {
  it("keeps a failing and then a passing brief, gate by gate, oldest first", async () => {
    const first = await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: FAILING, at: FIRST_AT });
    expect(first.submitHandoff).toEqual({ id: "pm-to-architect/1", submittedAt: FIRST_AT, passed: false, valid: false });
    const second = await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF, at: SECOND_AT });
    expect(second.submitHandoff).toEqual({ id: "pm-to-architect/2", submittedAt: SECOND_AT, passed: true, valid: true });

    const data = await ok<{ team: { contracts: { id: string; handoffs: Record<string, unknown>[] }[] } }>(TRAIL, { team });
    const trail = data.team.contracts.find((c) => c.id === "pm-to-architect")?.handoffs;
    const common = { acknowledgedAt: null, acknowledgedBy: null, nextStageStartedAt: null, contract: { id: "pm-to-architect" }, submittedBy: { id: "data-pm" } };
    const gate = (id: string, text: string, checkable = true) => ({ id, text, checkable });
    expect(trail).toEqual([
      {
        ...common, id: "pm-to-architect/1", passed: false, valid: false, submittedAt: FIRST_AT, payload: FAILING,
        errors: [{ path: "ethical_considerations", message: "is required" }],
        gates: [
          { gate: gate("evidence", "Problem validated with 3+ customer data points"), status: "FAILED", reason: "evidence has 2 items, needs at least 3" },
          { gate: gate("priority", "Priority confirmed by portfolio owner"), status: "PASSED", reason: null },
          { gate: gate("measurable", "Success criteria include measurable threshold"), status: "FAILED", reason: 'success_criteria item 2 ("Analysts are happier") does not match /\\d/' },
          { gate: gate("ethics", "Ethical considerations documented"), status: "FAILED", reason: "ethical_considerations is missing" },
          { gate: gate("good-context", "Brief gives good enough context", false), status: "UNCHECKED", reason: "preference: cannot be checked" },
        ],
      },
      {
        ...common, id: "pm-to-architect/2", passed: true, valid: true, submittedAt: SECOND_AT, payload: GOOD_BRIEF, errors: [],
        gates: [
          { gate: gate("evidence", "Problem validated with 3+ customer data points"), status: "PASSED", reason: null },
          { gate: gate("priority", "Priority confirmed by portfolio owner"), status: "PASSED", reason: null },
          { gate: gate("measurable", "Success criteria include measurable threshold"), status: "PASSED", reason: null },
          { gate: gate("ethics", "Ethical considerations documented"), status: "PASSED", reason: null },
          { gate: gate("good-context", "Brief gives good enough context", false), status: "UNCHECKED", reason: "preference: cannot be checked" },
        ],
      },
    ]);
  });

  it("writes the node shape the gap rules read", async () => {
    const [node] = await db.query(
      `MATCH (h:Handoff {team: $team, id: "pm-to-architect/1"})-[:UNDER]->(c:Contract), (h)-[:SUBMITTED_BY]->(r:Role)
       RETURN c.id AS contract, r.id AS role, h.contractId AS contractId, h.submittedBy AS submittedBy, h.submittedAt AS submittedAt,
              h.passed AS passed, h.gateResults AS gateResults, h.payload AS payload`, { team });
    expect(node).toMatchObject({ contract: "pm-to-architect", role: "data-pm", contractId: "pm-to-architect", submittedBy: "data-pm", submittedAt: FIRST_AT, passed: false });
    expect(JSON.parse(String(node?.payload))).toEqual(FAILING);
    expect(JSON.parse(String(node?.gateResults))[0]).toEqual({
      gate: "evidence", text: "Problem validated with 3+ customer data points", status: "FAILED", reason: "evidence has 2 items, needs at least 3",
      check: { field: "evidence", minItems: 3 },
    });
  });

  it("finds both handoffs pending, and overdue once each 24 h acknowledgement deadline has passed", async () => {
    const q = `query($team: ID!, $pending: Boolean, $at: DateTime) { team(id: $team) { handoffs(pendingAcknowledgement: $pending, overdueAt: $at) { id } } }`;
    const ids = async (variables: Record<string, unknown>) =>
      (await ok<{ team: { handoffs: { id: string }[] } }>(q, { team, ...variables })).team.handoffs.map((h) => h.id);
    expect(await ids({ pending: true })).toEqual(["pm-to-architect/1", "pm-to-architect/2"]);
    expect(await ids({ pending: false })).toEqual([]);
    expect(await ids({ at: "2026-03-03T08:59:00Z" })).toEqual([]);
    expect(await ids({ at: "2026-03-03T10:00:00Z" })).toEqual(["pm-to-architect/1"]);
    expect(await ids({ at: "2026-03-03T16:00:00Z" })).toEqual(["pm-to-architect/1", "pm-to-architect/2"]);
  });

  it("records a late acknowledgement once, by the receiving role, and the SLA status says it was late", async () => {
    const lateAt = "2026-03-04T10:00:00.000Z"; // 19 h after the deadline of 2026-03-03T15:00
    const ack = await ok<{ acknowledgeHandoff: Record<string, unknown> }>(MARK("acknowledgeHandoff"), { team, handoff: "pm-to-architect/2", at: lateAt });
    expect(ack.acknowledgeHandoff).toEqual({ id: "pm-to-architect/2", acknowledgedAt: lateAt, acknowledgedBy: "architect", nextStageStartedAt: null });
    const again = await ok<{ acknowledgeHandoff: Record<string, unknown> }>(MARK("acknowledgeHandoff"), { team, handoff: "pm-to-architect/2", at: "2026-03-05T00:00:00Z" });
    expect(again.acknowledgeHandoff).toEqual(ack.acknowledgeHandoff);

    const sla = `query($team: ID!) { team(id: $team) { handoffs(pendingAcknowledgement: false) { id
      sla(asOf: "2026-03-05T00:00:00Z") { ackDueAt nextStageDueAt acknowledgedLate nextStageLate overdue breaches } } } }`;
    const status = await ok<{ team: { handoffs: { id: string; sla: unknown }[] } }>(sla, { team });
    expect(status.team.handoffs).toEqual([{
      id: "pm-to-architect/2",
      sla: {
        ackDueAt: "2026-03-03T15:00:00.000Z", nextStageDueAt: "2026-03-04T15:00:00.000Z", acknowledgedLate: true, nextStageLate: null, overdue: true,
        breaches: [
          "not acknowledged within 24 h (due 2026-03-03T15:00:00.000Z; 19 h late, at 2026-03-04T10:00:00.000Z)",
          "not followed by the start of the next stage within 48 h (due 2026-03-04T15:00:00.000Z; still not done, 9 h overdue)",
        ],
      },
    }]);

    const start = await ok<{ startNextStage: Record<string, unknown> }>(MARK("startNextStage"), { team, handoff: "pm-to-architect/2", at: "2026-03-04T12:00:00Z" });
    expect(start.startNextStage).toEqual({ ...ack.acknowledgeHandoff, nextStageStartedAt: "2026-03-04T12:00:00.000Z" });
  });

  it("lists what each role sent and received", async () => {
    const q = `query($team: ID!) { team(id: $team) { roles { id handoffsSent { id } handoffsReceived { id } } } }`;
    const roles = (await ok<{ team: { roles: { id: string; handoffsSent: { id: string }[]; handoffsReceived: { id: string }[] }[] } }>(q, { team })).team.roles;
    const both = [{ id: "pm-to-architect/1" }, { id: "pm-to-architect/2" }];
    expect(roles.find((r) => r.id === "data-pm")).toEqual({ id: "data-pm", handoffsSent: both, handoffsReceived: [] });
    expect(roles.find((r) => r.id === "architect")).toEqual({ id: "architect", handoffsSent: [], handoffsReceived: both });
    expect(roles.filter((r) => r.id !== "data-pm" && r.id !== "architect").flatMap((r) => [...r.handoffsSent, ...r.handoffsReceived])).toEqual([]);
  });

  it("the gap report sees the failed gates while they are the latest, and the SLA breach", async () => {
    const q = `query($team: ID!, $asOf: DateTime) { team(id: $team) { gapReport(asOf: $asOf) { findings { rule subjectId } } } }`;
    const rules = async (asOf: string) => (await ok<{ team: { gapReport: { findings: { rule: string; subjectId: string }[] } } }>(q, { team, asOf }))
      .team.gapReport.findings.filter((f) => f.rule === "failed-gate" || f.rule === "sla-breach");
    expect(await rules("2026-03-02T12:00:00Z")).toEqual([{ rule: "failed-gate", subjectId: "pm-to-architect" }]);
    expect(await rules("2026-03-06T00:00:00Z")).toEqual([
      { rule: "sla-breach", subjectId: "pm-to-architect/1" }, { rule: "sla-breach", subjectId: "pm-to-architect/2" },
    ]);
  });

  it("answers NOT_FOUND for an unknown team, contract, role or handoff, and refuses an acknowledgement before submission", async () => {
    expect(await codes(SUBMIT, { team: "no-such-team", contract: "pm-to-architect", payload: GOOD_BRIEF })).toEqual(["NOT_FOUND"]);
    expect(await codes(SUBMIT, { team, contract: "no-such-contract", payload: GOOD_BRIEF })).toEqual(["NOT_FOUND"]);
    // A role the contract does not name is refused before anyone looks for it.
    expect(await codes(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF, by: "no-such-role" })).toEqual(["WRONG_ROLE"]);
    expect(await codes(MARK("acknowledgeHandoff"), { team, handoff: "pm-to-architect/99" })).toEqual(["NOT_FOUND"]);
    expect(await codes(MARK("startNextStage"), { team: "no-such-team", handoff: "pm-to-architect/1" })).toEqual(["NOT_FOUND"]);
    expect(await codes(MARK("acknowledgeHandoff"), { team, handoff: "pm-to-architect/1", at: "2026-03-01T00:00:00Z" })).toEqual(["BAD_USER_INPUT"]);
    const count = await db.query(`MATCH (h:Handoff {team: $team}) RETURN count(h) AS n`, { team });
    expect(count).toEqual([{ n: 2 }]);
  });
});
