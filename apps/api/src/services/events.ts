import type { Db } from "../db/driver.ts";
import { eventsAfter, type EventRow } from "../db/events.ts";
import { badInput } from "../errors.ts";
import { feedOf } from "./event-feed.ts";

export type { EventRow, EventType } from "../db/events.ts";

/**
 * Handoff events as use cases (events.md): read them after an id, or follow them. An event's
 * id is its number in the one sequence, as text; a client resumes by passing the last id it
 * saw as `after`.
 */
export const MAX_EVENTS_PAGE = 1000;
const CATCH_UP_PAGE = 500;

/** An id as given by a client: the text of a non-negative whole number, or BAD_USER_INPUT. */
export function parseEventId(id: string | null | undefined): number | null {
  if (id === null || id === undefined) return null;
  if (!/^\d{1,15}$/.test(id)) throw badInput(`'${id}' is not a handoff event id (ids are whole numbers, as returned in HandoffEvent.id)`);
  return Number(id);
}

export function listEvents(db: Db, team: string | null, after: string | null, limit: number): Promise<EventRow[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EVENTS_PAGE) throw badInput(`limit must be 1 to ${MAX_EVENTS_PAGE}; got ${limit}`);
  return eventsAfter(db, team, parseEventId(after) ?? 0, limit);
}

/**
 * The events of a team (or every team) after `after`, then live as they happen, each once and
 * in order. Without `after` it starts from now. It listens to the instance's feed before it
 * catches up from Neo4j, so an event committed in between arrives by one way or the other and
 * is passed on once (the number tells).
 */
export function followEvents(db: Db, team: string | null, after: string | null): AsyncIterableIterator<EventRow> {
  const from = parseEventId(after);
  const live: EventRow[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  let catchingUp = true;
  let last = 0;
  let stopListening = () => {};

  const started = feedOf(db).listen((event) => {
    if (team !== null && event.team !== team) return;
    live.push(event);
    wake?.();
  }).then(({ position, stop }) => {
    stopListening = stop;
    last = from ?? position;
    if (closed) stop();
  });

  const done = (): IteratorResult<EventRow> => ({ value: undefined, done: true });
  const close = (): Promise<IteratorResult<EventRow>> => {
    closed = true;
    stopListening();
    wake?.();
    return Promise.resolve(done());
  };

  async function next(): Promise<IteratorResult<EventRow>> {
    await started;
    while (!closed) {
      const event = await take();
      if (event) return { value: event, done: false };
    }
    return done();
  }

  const caughtUp: EventRow[] = [];
  /** The next event after `last`, or null when woken with none (closed, or only old ones). */
  async function take(): Promise<EventRow | null> {
    if (catchingUp && caughtUp.length === 0) {
      const page = await eventsAfter(db, team, last, CATCH_UP_PAGE);
      caughtUp.push(...page);
      if (page.length < CATCH_UP_PAGE) catchingUp = false;
    }
    const source = caughtUp.length > 0 ? caughtUp : live;
    while (source.length > 0) {
      const event = source.shift() as EventRow;
      if (event.seq > last) {
        last = event.seq;
        return event;
      }
    }
    if (catchingUp || closed) return null;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    return null;
  }

  return {
    next,
    return: close,
    throw: async (error: unknown) => {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
