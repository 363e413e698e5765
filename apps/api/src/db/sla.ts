import * as cypher from "./cypher/sla.ts";
import { runIn, type Db } from "./driver.ts";
import { appendEvent } from "./events.ts";

export type { Deadline } from "./cypher/sla.ts";

/** A breach reported now: the handoff and its deadline. */
export interface ReportedBreach { team: string; handoff: string; deadline: cypher.Deadline; dueAt: string }

const HOUR = 3_600_000;

/**
 * Reports every watched SLA deadline passed by `now` as an SLA_BREACHED event, each exactly
 * once whoever else sweeps at the same moment (db/cypher/sla.ts claims it under the lock).
 * A deadline that passed while no API ran is found by the first sweep after a start. `team`
 * scopes a sweep to one team (tests sharing a database).
 */
export async function reportPassedDeadlines(db: Db, now: Date, options: { team?: string; limit?: number } = {}): Promise<ReportedBreach[]> {
  const reported: ReportedBreach[] = [];
  for (const deadline of Object.keys(cypher.DEADLINES) as cypher.Deadline[]) {
    const candidates = await db.run<{ team: string; id: string }>(cypher.passedDeadlines(deadline, now.getTime(), options.limit ?? 500, options.team ?? null));
    for (let at = 0; at < candidates.length; at += CLAIM_BATCH) {
      reported.push(...await claimBatch(db, deadline, candidates.slice(at, at + CLAIM_BATCH), now));
    }
  }
  return reported;
}

/**
 * Deadlines claimed together, a sweep's page (500) in one transaction: each commit moves Neo4j's last-commit mark,
 * which empties the response cache and every result remembered under it (services/gaps.ts,
 * services/composition.ts). One transaction per breach moved it every few milliseconds through
 * a sweep of a backlog (XL: 54,000 passed deadlines; the cache's hit ratio was 0.019 at L).
 * Locks in one order: the handoffs sorted by key, then the event counter (appendEvent) last,
 * as a submission takes them, so a sweep never holds the counter while it waits for a handoff.
 */
const CLAIM_BATCH = 500;

function claimBatch(db: Db, deadline: cypher.Deadline, batch: { team: string; id: string }[], now: Date): Promise<ReportedBreach[]> {
  const sorted = [...batch].sort((a, b) => (a.team === b.team ? (a.id < b.id ? -1 : 1) : a.team < b.team ? -1 : 1));
  return db.write(async (tx) => {
    for (const { team, id } of sorted) await runIn(tx, cypher.lockForClaim(team, id));
    const breaches: ReportedBreach[] = [];
    // Claimed and reported oldest deadline first (the candidates' order), so events keep that order.
    for (const { team, id } of batch) {
      const [row] = await runIn<{ due: number; superseded: boolean; contract: string; submittedAt: string; doneAt: string | null }>(
        tx, cypher.claimDeadline(deadline, team, id, now.getTime()));
      if (!row || row.superseded) continue;
      const dueAt = new Date(row.due).toISOString();
      const hours = Math.round(((row.due - Date.parse(row.submittedAt)) / HOUR) * 100) / 100;
      const detail = { deadline, hours, dueAt, doneAt: row.doneAt ?? null };
      await appendEvent(tx, { team, handoff: id, contract: row.contract, type: "SLA_BREACHED", at: dueAt, detail: JSON.stringify(detail) }, now);
      breaches.push({ team, handoff: id, deadline, dueAt });
    }
    return breaches;
  });
}

/**
 * Watches the deadlines of handoffs stored before deadlines were recorded (cypher/sla.ts):
 * run once at start, before the first sweep. Returns how many handoffs it looked at.
 */
export async function recordMissingDeadlines(db: Db, options: { team?: string; batch?: number } = {}): Promise<number> {
  const batch = options.batch ?? 500;
  let seen = 0;
  for (;;) {
    const [row] = await db.write((tx) => runIn<{ seen: number }>(tx, cypher.recordMissingDeadlines(batch, options.team ?? null)));
    const n = Number(row?.seen ?? 0);
    seen += n;
    if (n < batch) return seen;
  }
}
