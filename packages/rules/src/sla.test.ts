import { describe, expect, it } from "vitest";
import { describeBreach, slaBreaches } from "./sla.ts";

const sla = { acknowledgeWithinHours: 24, nextStageWithinHours: 48 };
const submittedAt = "2026-03-02T09:00:00Z";
const at = (iso: string) => new Date(iso);

describe("slaBreaches", () => {
  it("finds nothing before a deadline passes", () => {
    expect(slaBreaches({ submittedAt }, sla, at("2026-03-03T09:00:00Z"))).toEqual([]);
  });

  it("an unacknowledged handoff breaches once the deadline has passed at asOf", () => {
    expect(slaBreaches({ submittedAt }, sla, at("2026-03-03T12:00:00Z"))).toEqual([
      { kind: "acknowledge", hours: 24, dueAt: "2026-03-03T09:00:00.000Z", doneAt: null, hoursLate: 3 },
    ]);
  });

  it("an acknowledgement that came late is a breach; one in time is not", () => {
    const late = slaBreaches({ submittedAt, acknowledgedAt: "2026-03-03T10:30:00Z", nextStageStartedAt: "2026-03-03T11:00:00Z" }, sla, at("2026-03-10T00:00:00Z"));
    expect(late).toEqual([{ kind: "acknowledge", hours: 24, dueAt: "2026-03-03T09:00:00.000Z", doneAt: "2026-03-03T10:30:00.000Z", hoursLate: 1.5 }]);
    expect(slaBreaches({ submittedAt, acknowledgedAt: "2026-03-02T10:00:00Z", nextStageStartedAt: "2026-03-04T09:00:00Z" }, sla, at("2026-03-10T00:00:00Z"))).toEqual([]);
  });

  it("the next-stage clock also starts at submission", () => {
    const breaches = slaBreaches({ submittedAt, acknowledgedAt: "2026-03-02T10:00:00+01:00" }, sla, at("2026-03-05T09:00:00Z"));
    expect(breaches).toEqual([{ kind: "next-stage", hours: 48, dueAt: "2026-03-04T09:00:00.000Z", doneAt: null, hoursLate: 24 }]);
    const [first] = breaches;
    expect(first && describeBreach(first)).toBe(
      "not followed by the start of the next stage within 48 h (due 2026-03-04T09:00:00.000Z; still not done, 24 h overdue)");
  });

  it("what happened after asOf had not happened yet; a handoff submitted after asOf is ignored", () => {
    expect(slaBreaches({ submittedAt, acknowledgedAt: "2026-03-04T00:00:00Z" }, { acknowledgeWithinHours: 24 }, at("2026-03-03T21:00:00Z")))
      .toEqual([{ kind: "acknowledge", hours: 24, dueAt: "2026-03-03T09:00:00.000Z", doneAt: null, hoursLate: 12 }]);
    expect(slaBreaches({ submittedAt }, sla, at("2026-03-01T00:00:00Z"))).toEqual([]);
  });

  it("a contract without an SLA, or a handoff with an unreadable time, has no breaches", () => {
    expect(slaBreaches({ submittedAt }, {}, at("2027-01-01T00:00:00Z"))).toEqual([]);
    expect(slaBreaches({ submittedAt: "yesterday" }, sla, at("2027-01-01T00:00:00Z"))).toEqual([]);
  });
});
