import type { ManagedTransaction } from "neo4j-driver";
import * as cypher from "./cypher/events.ts";
import { runIn, type Db } from "./driver.ts";

export { EVENT_TYPES, type EventType, type NewEvent } from "./cypher/events.ts";

/** A stored handoff event; `seq` is its id, in commit order across every instance. */
export interface EventRow {
  seq: number; team: string; handoff: string; contract: string; type: cypher.EventType;
  at: string; recordedAt: string; detail: string | null;
}

/** Records an event inside the caller's write transaction: it commits with the change it reports, or not at all. */
export async function appendEvent(tx: ManagedTransaction, event: cypher.NewEvent, now = new Date()): Promise<number> {
  const append = cypher.appendEvent(event, now.toISOString());
  let [row] = await runIn<{ seq: number }>(tx, append);
  if (!row) {
    await runIn(tx, cypher.createSequence());
    [row] = await runIn<{ seq: number }>(tx, append);
  }
  return Number(row?.seq);
}

export function eventsAfter(db: Db, team: string | null, after: number, limit: number): Promise<EventRow[]> {
  return db.run<EventRow & Record<string, unknown>>(cypher.eventsAfter(team, after, limit));
}

export async function lastEventSeq(db: Db): Promise<number> {
  const [row] = await db.run<{ last: number }>(cypher.lastEventSeq());
  return Number(row?.last ?? 0);
}
