/**
 * SLA arithmetic, pure: both clocks start when the handoff is submitted. A deadline that has
 * passed at `asOf` with nothing done is a breach, and so is a deadline met late; something
 * done after `asOf` had not happened yet at `asOf`, so reports for a past moment agree with
 * what was true then.
 */
export interface HandoffTimes {
  submittedAt: string;
  acknowledgedAt?: string | null;
  nextStageStartedAt?: string | null;
}
export interface SlaHours {
  acknowledgeWithinHours?: number | null;
  nextStageWithinHours?: number | null;
}
export interface Breach {
  kind: "acknowledge" | "next-stage";
  hours: number;
  dueAt: string;
  /** When it happened, late; null when it had not happened at asOf. */
  doneAt: string | null;
  hoursLate: number;
}

const HOUR = 3_600_000;

export function slaBreaches(h: HandoffTimes, sla: SlaHours, asOf: Date): Breach[] {
  const submitted = Date.parse(h.submittedAt);
  const now = asOf.getTime();
  if (Number.isNaN(submitted) || submitted > now) return [];
  const check = (kind: Breach["kind"], hours: number | null | undefined, done: string | null | undefined): Breach[] => {
    if (hours === null || hours === undefined) return [];
    const due = submitted + hours * HOUR;
    const doneAt = done ? Date.parse(done) : Number.NaN;
    const happened = !Number.isNaN(doneAt) && doneAt <= now;
    const end = happened ? doneAt : now;
    if (end <= due) return [];
    return [{
      kind, hours, dueAt: new Date(due).toISOString(),
      doneAt: happened ? new Date(doneAt).toISOString() : null,
      hoursLate: Math.round(((end - due) / HOUR) * 10) / 10,
    }];
  };
  return [
    ...check("acknowledge", sla.acknowledgeWithinHours, h.acknowledgedAt),
    ...check("next-stage", sla.nextStageWithinHours, h.nextStageStartedAt),
  ];
}

/** "not acknowledged within 24 h (due 2026-01-02T09:00:00.000Z; 3 h late)" */
export function describeBreach(b: Breach): string {
  const what = b.kind === "acknowledge" ? "acknowledged" : "followed by the start of the next stage";
  const state = b.doneAt ? `${b.hoursLate} h late, at ${b.doneAt}` : `still not done, ${b.hoursLate} h overdue`;
  return `not ${what} within ${b.hours} h (due ${b.dueAt}; ${state})`;
}
