import * as cypher from "./cypher/webhooks.ts";
import { runIn, type Db } from "./driver.ts";
import { eventsAfter as eventsAfterStatement } from "./cypher/events.ts";
import type { EventRow } from "./events.ts";

export type { NewDelivery, Outcome } from "./cypher/webhooks.ts";

export interface ClaimedDelivery { id: string; hook: string; url: string; messageId: string; body: string; attempts: number }
export interface DeliveryRow {
  id: string; hook: string; url: string; seq: number; team: string; handoff: string; type: string; messageId: string;
  status: "PENDING" | "DELIVERED" | "FAILED"; attempts: number; lastStatusCode: number | null; lastError: string | null;
  createdAt: number; lastAttemptAt: number | null; nextAttemptAt: number | null; deliveredAt: number | null;
}

/**
 * Turns the events after a receiver's cursor into its deliveries (those `select` keeps) and
 * moves the cursor, in one transaction under the cursor's lock. Returns how many events it
 * read (a full page: call again).
 */
export function enqueueDeliveries(db: Db, hook: string, now: number, page: number,
  select: (events: EventRow[]) => cypher.NewDelivery[]): Promise<number> {
  return db.write(async (tx) => {
    const [cursor] = await runIn<{ last: number }>(tx, cypher.lockCursor(hook));
    const last = Number(cursor?.last ?? 0);
    const events = await runIn<EventRow & Record<string, unknown>>(tx, eventsAfterStatement(null, last, page));
    if (events.length === 0) return 0;
    const deliveries = select(events);
    if (deliveries.length > 0) await runIn(tx, cypher.createDeliveries(deliveries, now));
    await runIn(tx, cypher.moveCursor(hook, Math.max(...events.map((e) => e.seq))));
    return events.length;
  });
}

export function claimDueDeliveries(db: Db, hooks: string[], now: number, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
  return db.write(async (tx) => {
    await runIn(tx, cypher.lockClaims());
    return runIn<ClaimedDelivery & Record<string, unknown>>(tx, cypher.claimDue(hooks, now, leaseMs, limit));
  });
}

export async function recordOutcome(db: Db, outcome: cypher.Outcome): Promise<void> {
  await db.write((tx) => runIn(tx, cypher.recordOutcome(outcome)));
}

export function listDeliveries(db: Db, filter: { team: string | null; hook: string | null; status: string | null; limit: number }): Promise<DeliveryRow[]> {
  return db.run<DeliveryRow & Record<string, unknown>>(cypher.deliveries(filter));
}

export async function anyDeliveryDue(db: Db, hooks: string[], now: number): Promise<boolean> {
  return (await db.run(cypher.anyDue(hooks, now))).length > 0;
}

/** Each receiver's cursor; a receiver not seen before has none (its first enqueue creates it). */
export async function readCursors(db: Db, hooks: string[]): Promise<Map<string, number>> {
  const rows = await db.run<{ hook: string; last: number }>(cypher.cursors(hooks));
  return new Map(rows.map((r) => [r.hook, Number(r.last)]));
}
