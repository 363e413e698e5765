import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIn } from "../../apps/api/src/db/driver.ts";
import { recordMissingDeadlines, reportPassedDeadlines } from "../../apps/api/src/db/sla.ts";
import { startSlaWatch } from "../../apps/api/src/services/sla-watch.ts";
import { db, dposTeam, GOOD_BRIEF, gql, ok, SUBMIT, type Submitted } from "../handoffs/fixture.ts";
import { testDb } from "../helpers.ts";

// events.md: SLA_BREACHED once per deadline, within a minute of it passing, also for a
// deadline that passed while the API was down; exactly once across instances. The clock is
// injected: pm-to-architect asks for an acknowledgement within 24 h and the next stage within 48 h.
const T0 = Date.parse("2026-03-02T09:00:00Z");
const at = (hours: number) => new Date(T0 + hours * 3_600_000);
const ACK = `mutation($team: ID!, $handoff: ID!, $at: DateTime) { acknowledgeHandoff(team: $team, handoff: $handoff, at: $at) { id } }`;
const START = `mutation($team: ID!, $handoff: ID!, $at: DateTime) { startNextStage(team: $team, handoff: $handoff, at: $at) { id } }`;
const EVENTS = `query($team: ID) { handoffEvents(team: $team, limit: 1000) { id type at handoff { id } detail } }`;
interface Event { id: string; type: string; at: string; handoff: { id: string }; detail: Record<string, unknown> }

async function freshTeam(prefix: string) {
  const team = await dposTeam(prefix);
  const submit = async (hours = 0, payload: unknown = GOOD_BRIEF) =>
    (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload, at: at(hours).toISOString() })).submitHandoff.id;
  const breaches = async () => (await ok<{ handoffEvents: Event[] }>(EVENTS, { team })).handoffEvents.filter((e) => e.type === "SLA_BREACHED");
  return { team, submit, breaches };
}

describe("SLA_BREACHED", () => {
  it("is reported once per deadline, when it has passed, with its detail", async () => {
    const { team, submit, breaches } = await freshTeam("dpos-sla");
    const id = await submit();
    expect(await reportPassedDeadlines(db, at(23.9), { team })).toEqual([]);
    expect(await reportPassedDeadlines(db, at(24.01), { team })).toEqual([{ team, handoff: id, deadline: "acknowledge", dueAt: at(24).toISOString() }]);
    expect(await reportPassedDeadlines(db, at(30), { team })).toEqual([]);
    const [ack] = await breaches();
    expect(ack).toMatchObject({ type: "SLA_BREACHED", at: at(24).toISOString(), handoff: { id }, detail: { deadline: "acknowledge", hours: 24, dueAt: at(24).toISOString(), doneAt: null } });

    // Acknowledged late (at 30 h), then the next stage missed too.
    expect((await gql(ACK, { team, handoff: id, at: at(30).toISOString() })).errors).toBeUndefined();
    expect((await reportPassedDeadlines(db, at(48.5), { team })).map((b) => b.deadline)).toEqual(["nextStage"]);
    expect(await reportPassedDeadlines(db, at(100), { team })).toEqual([]);
    expect((await breaches()).map((b) => b.detail.deadline)).toEqual(["acknowledge", "nextStage"]);
  });

  it("is not reported for a step done in time; a step done late while nobody swept is reported as late", async () => {
    const { team, submit, breaches } = await freshTeam("dpos-sla-done");
    const onTime = await submit();
    const late = await submit(1);
    expect((await gql(ACK, { team, handoff: onTime, at: at(2).toISOString() })).errors).toBeUndefined();
    expect((await gql(START, { team, handoff: onTime, at: at(3).toISOString() })).errors).toBeUndefined();
    // The API was "down" between 25 h and 26 h, when `late` was acknowledged an hour late.
    expect((await gql(ACK, { team, handoff: late, at: at(26).toISOString() })).errors).toBeUndefined();
    expect((await gql(START, { team, handoff: late, at: at(27).toISOString() })).errors).toBeUndefined();
    expect(await reportPassedDeadlines(db, at(200), { team })).toEqual([{ team, handoff: late, deadline: "acknowledge", dueAt: at(25).toISOString() }]);
    expect((await breaches()).map((b) => [b.handoff.id, b.detail.doneAt])).toEqual([[late, at(26).toISOString()]]);
  });

  it("is found by the watch's first sweep after a start (deadlines passed while the API was down)", async () => {
    const { team, submit, breaches } = await freshTeam("dpos-sla-start");
    const id = await submit();
    const reported: string[] = [];
    const watch = startSlaWatch(db, { team, clock: () => at(72), intervalMs: 60_000, onBreach: (b) => reported.push(`${b.handoff} ${b.deadline}`) });
    try {
      await watch.sweep();
      expect(reported).toEqual([`${id} acknowledge`, `${id} nextStage`]);
      expect(await breaches()).toHaveLength(2);
    } finally {
      watch.stop();
    }
  });

  it("is found at start for handoffs stored before deadlines were recorded, once, from the contract's SLA", async () => {
    const { team, submit, breaches } = await freshTeam("dpos-sla-legacy");
    const forgotten = await submit();
    const onTime = await submit(1);
    const ackedLate = await submit(2);
    expect((await gql(ACK, { team, handoff: onTime, at: at(3).toISOString() })).errors).toBeUndefined();
    expect((await gql(START, { team, handoff: onTime, at: at(4).toISOString() })).errors).toBeUndefined();
    expect((await gql(ACK, { team, handoff: ackedLate, at: at(30).toISOString() })).errors).toBeUndefined();
    // As a handoff stored before the watch existed: no deadlines, no mark (what that code wrote).
    await db.write((tx) => runIn(tx, { text: `MATCH (h:Handoff {team: $team}) REMOVE h.slaAckWatch, h.slaNextWatch, h.slaRecorded`, params: { team } }));
    expect(await reportPassedDeadlines(db, at(72), { team })).toEqual([]);

    const reported: string[] = [];
    const watch = startSlaWatch(db, { team, clock: () => at(72), intervalMs: 60_000, onBreach: (b) => reported.push(`${b.handoff} ${b.deadline} ${b.dueAt}`) });
    try {
      await watch.sweep();
    } finally {
      watch.stop();
    }
    expect(reported.sort()).toEqual([
      `${ackedLate} acknowledge ${at(26).toISOString()}`, `${ackedLate} nextStage ${at(50).toISOString()}`,
      `${forgotten} acknowledge ${at(24).toISOString()}`, `${forgotten} nextStage ${at(48).toISOString()}`,
    ].sort());
    const found = await breaches();
    expect(found.find((b) => b.handoff.id === ackedLate && b.detail.deadline === "acknowledge")?.detail).toMatchObject({ hours: 24, doneAt: at(30).toISOString() });
    // Once: a second start finds nothing left to record or report.
    expect(await recordMissingDeadlines(db, { team })).toBe(0);
    const again = startSlaWatch(db, { team, clock: () => at(500), intervalMs: 60_000 });
    try {
      expect(await again.sweep()).toEqual([]);
    } finally {
      again.stop();
    }
    expect(await breaches()).toHaveLength(4);
  });

  it("is not reported for a failed handoff resubmitted by its deadline; resubmitted after it, that breach stands", async () => {
    const { team, submit, breaches } = await freshTeam("dpos-sla-superseded");
    const FAILING = { evidence: [] };
    const replaced = await submit(0, FAILING);
    const resubmission = await submit(1);
    const lateFix = await submit(100, FAILING);
    const fixedLate = await submit(130);
    expect(await reportPassedDeadlines(db, at(300), { team })).toEqual([
      { team, handoff: resubmission, deadline: "acknowledge", dueAt: at(25).toISOString() },
      { team, handoff: lateFix, deadline: "acknowledge", dueAt: at(124).toISOString() },
      { team, handoff: fixedLate, deadline: "acknowledge", dueAt: at(154).toISOString() },
      { team, handoff: resubmission, deadline: "nextStage", dueAt: at(49).toISOString() },
      { team, handoff: fixedLate, deadline: "nextStage", dueAt: at(178).toISOString() },
    ]);
    expect((await breaches()).map((b) => b.handoff.id)).not.toContain(replaced);
    // Nothing is left watched to be reported by a later sweep.
    expect(await reportPassedDeadlines(db, at(1000), { team })).toEqual([]);
  });

  it("claims a sweep's deadlines together: one commit per kind of deadline, not one per breach", async () => {
    // Every commit moves the last-commit mark that empties the response cache and the remembered
    // reports and maps; a sweep through a backlog committed once per breach.
    const { team, submit, breaches } = await freshTeam("dpos-sla-batch");
    for (let i = 0; i < 12; i++) await submit(i / 10);
    let commits = 0;
    const stop = db.onCommit(() => commits++);
    try {
      const reported = await reportPassedDeadlines(db, at(60), { team });
      expect(reported).toHaveLength(24);
      expect(commits).toBe(2);
    } finally {
      stop();
    }
    // Oldest deadline first within each kind, each once.
    const found = await breaches();
    expect(found).toHaveLength(24);
    const acks = found.filter((b) => b.detail.deadline === "acknowledge").map((b) => String(b.detail.dueAt));
    expect(acks).toEqual([...acks].sort());
  });

  describe("with two instances sweeping at once", () => {
    const otherDb = testDb();
    afterAll(() => otherDb.close());
    let team = "";
    let ids: string[] = [];
    let breaches: () => Promise<Event[]>;
    beforeAll(async () => {
      const fresh = await freshTeam("dpos-sla-two");
      team = fresh.team;
      breaches = fresh.breaches;
      ids = [];
      for (let i = 0; i < 10; i++) ids.push(await fresh.submit(i / 10));
    });

    it("reports each deadline exactly once", async () => {
      const sweeps = await Promise.all([db, otherDb, db, otherDb].map((d) => reportPassedDeadlines(d, at(60), { team })));
      expect(sweeps.flat()).toHaveLength(20);
      const found = await breaches();
      expect(found).toHaveLength(20);
      expect(new Set(found.map((b) => `${b.handoff.id} ${String(b.detail.deadline)}`)).size).toBe(20);
      expect(new Set(found.map((b) => b.handoff.id))).toEqual(new Set(ids));
    });
  });
});
