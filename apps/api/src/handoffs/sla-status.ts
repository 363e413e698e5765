import { describeBreach, slaBreaches, type HandoffTimes, type SlaHours } from "@rolegraph/rules";

/**
 * Where one handoff stands against its contract's SLA at a moment. The breach arithmetic is
 * the gap report's (@rolegraph/rules, sla.ts), so `Team.handoffs(overdueAt:)` and the sla-breach finding
 * always agree about which handoffs are overdue.
 */
export interface SlaStatus {
  acknowledgeWithinHours: number | null;
  nextStageWithinHours: number | null;
  ackDueAt: string | null;
  nextStageDueAt: string | null;
  /** Null until acknowledged (or when the contract sets no acknowledgement SLA). */
  acknowledgedLate: boolean | null;
  nextStageLate: boolean | null;
  /** At asOf a deadline has passed and what it asks for had not happened. */
  overdue: boolean;
  /** Every breach at asOf, late or still open, in words. */
  breaches: string[];
}

const HOUR = 3_600_000;

function dueAt(submittedAt: number, hours: number | null | undefined): number | null {
  return hours === null || hours === undefined || Number.isNaN(submittedAt) ? null : submittedAt + hours * HOUR;
}

function late(due: number | null, done: string | null | undefined): boolean | null {
  if (due === null || !done) return null;
  return Date.parse(done) > due;
}

/** Null when the contract has no SLA: there is nothing to be late against. */
export function slaStatus(h: HandoffTimes, sla: SlaHours, asOf: Date): SlaStatus | null {
  const ackHours = sla.acknowledgeWithinHours ?? null;
  const nextHours = sla.nextStageWithinHours ?? null;
  if (ackHours === null && nextHours === null) return null;
  const submitted = Date.parse(h.submittedAt);
  const ackDue = dueAt(submitted, ackHours);
  const nextDue = dueAt(submitted, nextHours);
  const breaches = slaBreaches(h, sla, asOf);
  return {
    acknowledgeWithinHours: ackHours,
    nextStageWithinHours: nextHours,
    ackDueAt: ackDue === null ? null : new Date(ackDue).toISOString(),
    nextStageDueAt: nextDue === null ? null : new Date(nextDue).toISOString(),
    acknowledgedLate: late(ackDue, h.acknowledgedAt),
    nextStageLate: late(nextDue, h.nextStageStartedAt),
    overdue: breaches.some((b) => b.doneAt === null),
    breaches: breaches.map(describeBreach),
  };
}

export function isOverdueAt(h: HandoffTimes, sla: SlaHours, asOf: Date): boolean {
  return slaBreaches(h, sla, asOf).some((b) => b.doneAt === null);
}
