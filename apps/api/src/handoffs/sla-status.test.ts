import { describe, expect, it } from "vitest";
import { isOverdueAt, slaStatus } from "./sla-status.ts";

const sla = { acknowledgeWithinHours: 24, nextStageWithinHours: 48 };
const submittedAt = "2026-03-02T09:00:00.000Z";

describe("slaStatus", () => {
  it("a contract without an SLA has no status", () => {
    expect(slaStatus({ submittedAt }, {}, new Date("2026-03-10T00:00:00Z"))).toBeNull();
  });

  it("an open handoff is not overdue before its first deadline, and is after it", () => {
    expect(slaStatus({ submittedAt }, sla, new Date("2026-03-03T08:00:00Z"))).toEqual({
      acknowledgeWithinHours: 24, nextStageWithinHours: 48,
      ackDueAt: "2026-03-03T09:00:00.000Z", nextStageDueAt: "2026-03-04T09:00:00.000Z",
      acknowledgedLate: null, nextStageLate: null, overdue: false, breaches: [],
    });
    const later = slaStatus({ submittedAt }, sla, new Date("2026-03-03T12:00:00Z"));
    expect(later?.overdue).toBe(true);
    expect(later?.breaches).toEqual(["not acknowledged within 24 h (due 2026-03-03T09:00:00.000Z; still not done, 3 h overdue)"]);
  });

  it("a late acknowledgement is late but no longer overdue", () => {
    const h = { submittedAt, acknowledgedAt: "2026-03-03T11:00:00.000Z", nextStageStartedAt: "2026-03-03T12:00:00.000Z" };
    const status = slaStatus(h, sla, new Date("2026-03-09T00:00:00Z"));
    expect(status).toMatchObject({ acknowledgedLate: true, nextStageLate: false, overdue: false });
    expect(status?.breaches).toEqual(["not acknowledged within 24 h (due 2026-03-03T09:00:00.000Z; 2 h late, at 2026-03-03T11:00:00.000Z)"]);
  });

  it("only the hours the contract sets are checked", () => {
    const status = slaStatus({ submittedAt, acknowledgedAt: "2026-03-02T10:00:00.000Z" }, { acknowledgeWithinHours: 2 }, new Date("2026-04-01T00:00:00Z"));
    expect(status).toEqual({
      acknowledgeWithinHours: 2, nextStageWithinHours: null, ackDueAt: "2026-03-02T11:00:00.000Z", nextStageDueAt: null,
      acknowledgedLate: false, nextStageLate: null, overdue: false, breaches: [],
    });
  });
});

describe("isOverdueAt", () => {
  it("is judged at the given moment: what happened later had not happened yet", () => {
    const h = { submittedAt, acknowledgedAt: "2026-03-04T00:00:00.000Z", nextStageStartedAt: "2026-03-04T01:00:00.000Z" };
    expect(isOverdueAt(h, sla, new Date("2026-03-03T10:00:00Z"))).toBe(true);
    expect(isOverdueAt(h, sla, new Date("2026-03-05T00:00:00Z"))).toBe(false);
    expect(isOverdueAt(h, sla, new Date("2026-03-01T00:00:00Z"))).toBe(false);
  });
});
