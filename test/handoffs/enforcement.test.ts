import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../api-helpers.ts";
import { db, dposTeam, GOOD_BRIEF, gql, ok, SUBMIT, type Submitted } from "./fixture.ts";

// events.md, "Enforcement", through the API on the DPOS team's pm-to-architect contract
// (data-pm -> architect; SLA 24 h / 48 h). Every refusal writes nothing.
let team = "";
beforeAll(async () => {
  team = await dposTeam("dpos-enforce");
});

const { ethical_considerations: _left, ...withoutEthics } = GOOD_BRIEF;
const FAILING = { ...withoutEthics, evidence: GOOD_BRIEF.evidence.slice(0, 2) };
const ACK = `mutation($team: ID!, $handoff: ID!, $at: DateTime, $by: ID, $override: String) {
  acknowledgeHandoff(team: $team, handoff: $handoff, at: $at, by: $by, override: $override) {
    id acknowledgedAt acknowledgedBy acknowledgedByPrincipal override { reason by at } } }`;
const START = `mutation($team: ID!, $handoff: ID!, $at: DateTime, $by: ID) {
  startNextStage(team: $team, handoff: $handoff, at: $at, by: $by) { id nextStageStartedAt nextStageStartedBy } }`;

type Errors = { message: string; extensions?: Record<string, unknown> }[];
async function refused(query: string, variables: Record<string, unknown>, token?: string, via = gql): Promise<Errors> {
  const result = await via(query, variables, token);
  expect(result.data ?? null).toBeNull();
  return (result.errors ?? []) as Errors;
}
const stored = async (id: string) =>
  (await db.query(`MATCH (h:Handoff {team: $team, id: $id}) RETURN h.acknowledgedAt AS ack, h.nextStageStartedAt AS start, h.override AS override`, { team, id }))[0];

describe("acknowledging a handoff that failed its gates", () => {
  let failed = "";
  beforeAll(async () => {
    failed = (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: FAILING, at: "2026-03-02T09:00:00Z" })).submitHandoff.id;
  });

  it("is refused with GATES_FAILED naming the gates and the payload, and writes nothing", async () => {
    const errors = await refused(ACK, { team, handoff: failed, at: "2026-03-02T10:00:00Z" });
    expect(errors).toEqual([{
      message: `handoff '${failed}' failed gates 'evidence', 'ethics' and its payload (ethical_considerations is required): resubmit a fixed payload, or acknowledge with an override reason`,
      extensions: { code: "GATES_FAILED", handoff: failed, gates: ["evidence", "ethics"], validPayload: false },
    }]);
    // A blank reason explains nothing: still refused.
    expect((await refused(ACK, { team, handoff: failed, override: "   " }))[0]?.extensions?.code).toBe("GATES_FAILED");
    expect(await stored(failed)).toEqual({ ack: null, start: null, override: null });
  });

  it("refuses the next stage before the acknowledgement (NOT_ACKNOWLEDGED)", async () => {
    const errors = await refused(START, { team, handoff: failed });
    expect(errors[0]?.extensions).toEqual({ code: "NOT_ACKNOWLEDGED", handoff: failed });
    expect(errors[0]?.message).toBe(`handoff '${failed}' has not been acknowledged: acknowledge it before starting the next stage`);
    expect(await stored(failed)).toEqual({ ack: null, start: null, override: null });
  });

  it("is accepted with an override reason, kept on the handoff, and reported as overridden-gate", async () => {
    const ack = await ok<{ acknowledgeHandoff: unknown }>(ACK, { team, handoff: failed, at: "2026-03-02T11:00:00Z", override: "  Dana confirmed the third data point by phone " });
    expect(ack.acknowledgeHandoff).toEqual({
      id: failed, acknowledgedAt: "2026-03-02T11:00:00.000Z", acknowledgedBy: "architect", acknowledgedByPrincipal: "local",
      override: { reason: "Dana confirmed the third data point by phone", by: "local", at: "2026-03-02T11:00:00.000Z" },
    });
    const report = await ok<{ team: { gapReport: { findings: { rule: string; severity: string; subjectId: string; related: string[]; message: string }[] } } }>(
      `query($team: ID!) { team(id: $team) { gapReport(asOf: "2026-03-02T12:00:00Z") { findings { rule severity subjectId related message } } } }`, { team });
    const found = report.team.gapReport.findings.filter((f) => f.rule === "overridden-gate");
    expect(found).toEqual([{
      rule: "overridden-gate", severity: "WARNING", subjectId: failed, related: ["pm-to-architect", "evidence", "ethics"],
      message: expect.stringContaining(`with an override by local: "Dana confirmed the third data point by phone"`) as unknown,
    }]);
    const start = await ok<{ startNextStage: unknown }>(START, { team, handoff: failed, at: "2026-03-02T12:00:00Z" });
    expect(start.startNextStage).toEqual({ id: failed, nextStageStartedAt: "2026-03-02T12:00:00.000Z", nextStageStartedBy: "architect" });
  });
});

describe("roles", () => {
  let passed = "";
  beforeAll(async () => {
    passed = (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF, at: "2026-03-03T09:00:00Z" })).submitHandoff.id;
  });

  it("refuses a submission by anyone but the contract's from role (WRONG_ROLE), and stores nothing", async () => {
    const errors = await refused(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF, by: "sales" });
    expect(errors[0]?.message).toBe("only 'data-pm' (the from role of contract 'pm-to-architect') may submit a handoff under it; 'sales' may not");
    expect(errors[0]?.extensions).toEqual({ code: "WRONG_ROLE", role: "sales", expected: "data-pm", contract: "pm-to-architect" });
    expect(await db.query(`MATCH (h:Handoff {team: $team}) RETURN count(h) AS n`, { team })).toEqual([{ n: 2 }]);
  });

  it("refuses an acknowledgement or a start by anyone but the to role (WRONG_ROLE); the to role is the default", async () => {
    expect((await refused(ACK, { team, handoff: passed, by: "data-pm" }))[0]?.extensions?.code).toBe("WRONG_ROLE");
    expect((await refused(ACK, { team, handoff: passed, by: "sales" }))[0]?.message).toBe(
      "only 'architect' (the to role of contract 'pm-to-architect') may acknowledge a handoff under it; 'sales' may not");
    expect(await stored(passed)).toEqual({ ack: null, start: null, override: null });
    const ack = await ok<{ acknowledgeHandoff: { acknowledgedBy: string; override: unknown } }>(ACK, { team, handoff: passed, by: "architect", override: "not needed" });
    // A passed handoff overrides nothing: the reason is not kept.
    expect(ack.acknowledgeHandoff).toMatchObject({ acknowledgedBy: "architect", override: null });
    expect((await refused(START, { team, handoff: passed, by: "engineer" }))[0]?.extensions?.code).toBe("WRONG_ROLE");
  });

  it("binds tokens to roles: team/role and team/* allow, anything else is FORBIDDEN", async () => {
    const tokens = [
      { name: "pm-bot", token: "pm-bot-token-0123456789", scopes: ["read", "write"], roles: [`${team}/data-pm`] },
      { name: "architects", token: "arch-token-0123456789ab", scopes: ["read", "write"], roles: ["other-team/*", `${team}/architect`] },
      { name: "anyone-here", token: "team-token-0123456789a", scopes: ["read", "write"], roles: [`${team}/*`] },
      { name: "elsewhere", token: "else-token-0123456789a", scopes: ["read", "write"], roles: ["other-team/*"] },
    ];
    const { gql: as } = testApp(db, { ROLEGRAPH_TOKENS: JSON.stringify(tokens) });
    const submit = { team, contract: "pm-to-architect", payload: GOOD_BRIEF, at: "2026-03-04T09:00:00Z" };
    const forbidden = await refused(SUBMIT, submit, "arch-token-0123456789ab", as);
    expect(forbidden[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(forbidden[0]?.message).toBe(`token 'architects' may not act as role '${team}/data-pm' (its roles: other-team/*, ${team}/architect)`);
    expect((await refused(SUBMIT, submit, "else-token-0123456789a", as))[0]?.extensions?.code).toBe("FORBIDDEN");
    const sent = await as<{ submitHandoff: Submitted }>(SUBMIT, submit, "pm-bot-token-0123456789");
    const id = sent.data?.submitHandoff.id ?? "";
    expect(id).toBe("pm-to-architect/3");

    expect((await refused(ACK, { team, handoff: id }, "pm-bot-token-0123456789", as))[0]?.extensions?.code).toBe("FORBIDDEN");
    const ack = await as<{ acknowledgeHandoff: { acknowledgedByPrincipal: string } }>(ACK, { team, handoff: id }, "arch-token-0123456789ab");
    expect(ack.data?.acknowledgeHandoff.acknowledgedByPrincipal).toBe("architects");
    const start = await as<{ startNextStage: { nextStageStartedBy: string } }>(START, { team, handoff: id }, "team-token-0123456789a");
    expect(start.data?.startNextStage.nextStageStartedBy).toBe("architect");
  });
});
