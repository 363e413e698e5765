import { describe, expect, it } from "vitest";
import { brief, db, fixture, imported, reportOf } from "./fixture.ts";

const team = () => fixture(`
roles:
  - { id: pm, name: PM }
  - { id: dev, name: Dev }
artifacts: []
contracts:
  - id: pm-to-dev
    name: Brief handoff
    from: pm
    to: dev
    boundary: { from: discover, to: decide }
    requires: [{ field: evidence, type: list }]
    gates:
      - { id: evidence, text: 3+ data points, check: { field: evidence, minItems: 3 } }
      - { id: why, text: Why stated, check: { field: why, present: true } }
    sla: { acknowledgeWithinHours: 24, nextStageWithinHours: 48 }`);

interface HandoffSeed { id: string; submittedAt: string; acknowledgedAt?: string; nextStageStartedAt?: string; failed?: string[] }

/** Handoff nodes as docs/graph-model.md documents them; the submission code is written elsewhere. */
async function handoffs(teamId: string, list: HandoffSeed[]) {
  for (const h of list) {
    const gateResults = ["evidence", "why"].map((gate) => h.failed?.includes(gate)
      ? { gate, text: gate, status: "FAILED", reason: gate === "evidence" ? "evidence has 2 items, needs 3" : "why is missing" }
      : { gate, text: gate, status: "PASSED", reason: null });
    await db.write((tx) => tx.run(
      `MATCH (k:Contract {team: $team, id: 'pm-to-dev'}) MATCH (r:Role {team: $team, id: 'pm'})
       CREATE (h:Handoff {team: $team, id: $id, contractId: 'pm-to-dev', submittedBy: 'pm', submittedAt: $submittedAt,
                          payload: '{}', gateResults: $gateResults, passed: $passed})
       SET h.acknowledgedAt = $acknowledgedAt, h.nextStageStartedAt = $nextStageStartedAt
       CREATE (h)-[:UNDER]->(k), (h)-[:SUBMITTED_BY]->(r)`,
      { team: teamId, id: h.id, submittedAt: h.submittedAt, gateResults: JSON.stringify(gateResults), passed: !h.failed?.length,
        acknowledgedAt: h.acknowledgedAt ?? null, nextStageStartedAt: h.nextStageStartedAt ?? null }));
  }
}

describe("sla-breach", () => {
  it("fires for a handoff acknowledged late, and for one still waiting past its deadline at asOf", async () => {
    const id = await imported(team());
    await handoffs(id, [
      { id: "h-late", submittedAt: "2026-03-02T09:00:00Z", acknowledgedAt: "2026-03-03T12:00:00Z", nextStageStartedAt: "2026-03-03T13:00:00Z" },
      { id: "h-ok", submittedAt: "2026-03-05T09:00:00Z", acknowledgedAt: "2026-03-05T10:00:00Z", nextStageStartedAt: "2026-03-06T09:00:00Z" },
      { id: "h-waiting", submittedAt: "2026-03-09T09:00:00Z" },
      { id: "h-future", submittedAt: "2026-03-20T09:00:00Z" },
    ]);
    const found = (await reportOf(id, { rule: "sla-breach", asOf: new Date("2026-03-10T12:00:00Z") })).findings;
    expect(found.map(brief)).toEqual([
      { rule: "sla-breach", severity: "error", subjectId: "h-late", related: ["pm-to-dev", "pm", "dev"] },
      { rule: "sla-breach", severity: "error", subjectId: "h-waiting", related: ["pm-to-dev", "pm", "dev"] },
    ]);
    expect(found[0]?.message).toBe("Handoff h-late under contract Brief handoff from PM to Dev, submitted 2026-03-02T09:00:00Z, " +
      "was not acknowledged within 24 h (due 2026-03-03T09:00:00.000Z; 3 h late, at 2026-03-03T12:00:00.000Z)");
    expect(found[1]?.message).toContain("was not acknowledged within 24 h (due 2026-03-10T09:00:00.000Z; still not done, 3 h overdue)");
    expect(found[1]?.roles).toEqual(["dev"]);
  });

  it("does not fire for handoffs handled in time, or before their deadline at asOf", async () => {
    const id = await imported(team());
    await handoffs(id, [
      { id: "h-ok", submittedAt: "2026-03-05T09:00:00Z", acknowledgedAt: "2026-03-05T10:00:00Z", nextStageStartedAt: "2026-03-06T09:00:00Z" },
      { id: "h-new", submittedAt: "2026-03-10T09:00:00Z" },
    ]);
    expect((await reportOf(id, { rule: "sla-breach", asOf: new Date("2026-03-10T12:00:00Z") })).findings).toEqual([]);
  });
});

describe("failed-gate", () => {
  it("fires when the latest handoff under a contract failed, listing the failed gates", async () => {
    const id = await imported(team());
    await handoffs(id, [
      { id: "h-1", submittedAt: "2026-03-02T09:00:00Z" },
      { id: "h-2", submittedAt: "2026-03-03T09:00:00Z", failed: ["evidence", "why"] },
    ]);
    const found = (await reportOf(id, { rule: "failed-gate", asOf: new Date("2026-03-10T00:00:00Z") })).findings;
    expect(found.map(brief)).toEqual([{ rule: "failed-gate", severity: "error", subjectId: "pm-to-dev", related: ["evidence", "why"] }]);
    expect(found[0]?.message).toBe("The latest handoff under contract Brief handoff from PM to Dev, h-2 submitted 2026-03-03T09:00:00Z, " +
      "failed 2 gates: 'evidence' (evidence has 2 items, needs 3); 'why' (why is missing)");
  });

  it("does not fire once a passing handoff follows the failed one (as of then), nor for a contract with no handoffs", async () => {
    const id = await imported(team());
    await handoffs(id, [
      { id: "h-1", submittedAt: "2026-03-02T09:00:00Z", failed: ["evidence"] },
      { id: "h-2", submittedAt: "2026-03-03T09:00:00Z" },
    ]);
    expect((await reportOf(id, { rule: "failed-gate", asOf: new Date("2026-03-10T00:00:00Z") })).findings).toEqual([]);
    const before = (await reportOf(id, { rule: "failed-gate", asOf: new Date("2026-03-02T12:00:00Z") })).findings;
    expect(before.map(brief)).toEqual([{ rule: "failed-gate", severity: "error", subjectId: "pm-to-dev", related: ["evidence"] }]);
    expect((await reportOf(await imported(team()), { rule: "failed-gate" })).findings).toEqual([]);
  });
});
