import type { Db } from "../apps/api/src/db/driver.ts";
import { recordMissingDeadlines, reportPassedDeadlines } from "../apps/api/src/db/sla.ts";

export interface SlaSettled {
  /** Handoffs whose deadlines were recorded late (the bench writes them without). */
  recorded: number;
  /** Passed deadlines reported as SLA_BREACHED. */
  breaches: number;
  ms: number;
}

/**
 * Brings the bench's organisation to the state a running deployment keeps it in: the bench
 * writes its handoffs in bulk, dated months before today, without recorded deadlines
 * (bench/handoffs.ts), so the first API started over it would record 200,000 deadlines (XL)
 * and report tens of thousands of passed ones, in the background, during whatever it measures
 * first (each page a commit that empties the response cache and everything remembered under
 * the last-commit mark). A deployment reports a breach when its deadline passes; here the
 * watch's own functions do the backlog once, before anything is measured, and it is timed
 * apart from the import.
 */
export async function settleSla(db: Db, now: Date): Promise<SlaSettled> {
  const started = performance.now();
  const recorded = await recordMissingDeadlines(db, { batch: 5_000 });
  let breaches = 0;
  for (;;) {
    const found = await reportPassedDeadlines(db, now, { limit: 5_000 });
    breaches += found.length;
    if (found.length === 0) break;
  }
  return { recorded, breaches, ms: Math.round(performance.now() - started) };
}
