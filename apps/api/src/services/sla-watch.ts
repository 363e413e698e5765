import type { Db } from "../db/driver.ts";
import { recordMissingDeadlines, reportPassedDeadlines, type ReportedBreach } from "../db/sla.ts";

/**
 * The SLA watch of one API instance: a sweep at start (deadlines that passed while the API was
 * down, and first, once, the deadlines of handoffs stored before they were recorded) and then every `intervalMs`, so a breach is reported within that long of its
 * deadline. Any number of instances may sweep: each deadline is claimed once in Neo4j.
 */
export const SLA_SWEEP_MS = 15_000;

export interface SlaWatchOptions {
  intervalMs?: number;
  /** The time a sweep judges by: injected by tests. */
  clock?: () => Date;
  onError?: (error: unknown) => void;
  onBreach?: (breach: ReportedBreach) => void;
  /** Only this team's deadlines (tests sharing one Neo4j). */
  team?: string;
}

export function startSlaWatch(db: Db, options: SlaWatchOptions = {}): { sweep: () => Promise<ReportedBreach[]>; stop: () => void } {
  const clock = options.clock ?? (() => new Date());
  let running: Promise<ReportedBreach[]> | null = null;
  const scope = options.team === undefined ? {} : { team: options.team };
  // Until it has succeeded once: a start while Neo4j is away tries again at the next sweep.
  let recorded = false;
  const sweep = () => {
    // One sweep at a time: a slow one (Neo4j busy) is not overlapped by the next tick.
    running ??= (recorded ? Promise.resolve() : recordMissingDeadlines(db, scope).then(() => void (recorded = true)))
      .then(() => reportPassedDeadlines(db, clock(), scope))
      .then((found) => {
        for (const breach of found) options.onBreach?.(breach);
        return found;
      })
      .catch((error: unknown) => {
        options.onError?.(error);
        return [];
      })
      .finally(() => (running = null));
    return running;
  };
  void sweep();
  const timer = setInterval(() => void sweep(), options.intervalMs ?? SLA_SWEEP_MS);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
