import type { Db } from "../db/driver.ts";
import { eventsAfter, lastEventSeq, type EventRow } from "../db/events.ts";

/**
 * One instance's view of the event sequence: it follows Neo4j, not its own writes, so every
 * API instance over one Neo4j sees every event, whoever wrote it, with no extra server. It
 * asks Neo4j for events after the last it saw every POLL_MS, and at once after a commit of
 * this process; it polls only while someone listens. Numbers are handed out in commit order
 * (db/cypher/events.ts), so reading "after n" never skips an event that commits later.
 */
export const POLL_MS = 200;
const PAGE = 1000;

export type Listener = (event: EventRow) => void;

export class EventFeed {
  private readonly listeners = new Set<Listener>();
  private position: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribeCommits: (() => void) | null = null;
  private polling: Promise<void> | null = null;
  private again = false;
  /** Failed polls in a row (Neo4j away): listeners stay, the feed catches up when it is back. */
  failures = 0;

  constructor(private readonly db: Db, private readonly pollMs = POLL_MS) {}

  /**
   * Starts listening; resolves once the feed knows where it stands, with that position: every
   * event after it reaches `listener`, so a caller that reads the events up to it itself
   * (catching up) misses nothing.
   */
  async listen(listener: Listener): Promise<{ position: number; stop: () => void }> {
    this.listeners.add(listener);
    const stop = () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.idle();
    };
    try {
      if (this.position === null) this.position = await lastEventSeq(this.db);
    } catch (error) {
      stop();
      throw error;
    }
    this.start();
    return { position: this.position, stop };
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
    this.unsubscribeCommits = this.db.onCommit(() => void this.poll());
  }

  private idle(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribeCommits?.();
    this.unsubscribeCommits = null;
    // Nobody listens: the next listener starts from the sequence as it is then.
    this.position = null;
  }

  /** One poll at a time; a request during one runs once more after it, so no commit goes unseen. */
  poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return this.polling;
    }
    this.polling = (async () => {
      do {
        this.again = false;
        await this.readNew();
      } while (this.again);
    })().finally(() => (this.polling = null));
    return this.polling;
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const from = this.position;
      if (from === null || this.listeners.size === 0) return;
      let page: EventRow[];
      try {
        page = await eventsAfter(this.db, null, from, PAGE);
        this.failures = 0;
      } catch {
        this.failures++;
        return;
      }
      for (const event of page) {
        if (this.position === null || event.seq <= this.position) continue;
        this.position = event.seq;
        for (const listener of this.listeners) listener(event);
      }
      if (page.length < PAGE) return;
    }
  }

  close(): void {
    this.listeners.clear();
    this.idle();
  }
}

const feeds = new WeakMap<Db, EventFeed>();

/** The feed of a Db (one per API instance: one driver, one poll whatever the number of subscribers). */
export function feedOf(db: Db): EventFeed {
  let feed = feeds.get(db);
  if (!feed) {
    feed = new EventFeed(db);
    feeds.set(db, feed);
  }
  return feed;
}
