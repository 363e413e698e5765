import type { Db } from "../db/driver.ts";
import type { ResponseCache } from "./response-cache.ts";

/**
 * Keeps a response cache honest about the graph. A write through this process clears it at
 * once (read-your-writes). A write by anyone else (`rolegraph import` from a terminal,
 * another API instance, Cypher in the browser) shows as a new commit mark in Neo4j. A cached
 * answer is given only after a check that began at most `checkMs` before the request
 * arrived, so it is at most `checkMs` behind such a write; with `checkMs` 0 the check begins
 * after the request arrived, so a write committed through another instance before this
 * request was sent is always seen (what several instances behind a load balancer need).
 * Requests arriving together share one check. When the check fails (Neo4j down) nothing
 * cached is trusted.
 */
/** A check slower than this counts as failed: Neo4j that cannot say RETURN 1 in a second is not well. */
const CHECK_TIMEOUT_MS = 1_000;

interface Check {
  /** When it asked Neo4j: it saw every commit made before then. */
  startedAt: number;
  done: Promise<boolean>;
}

export class Freshness {
  private mark: string | undefined;
  /** The start of the last check that finished. */
  private checkedFrom = Number.NEGATIVE_INFINITY;
  /** The last check's outcome; undefined before the first. */
  private ok: boolean | undefined;
  private running: Check | undefined;
  /** The check to run after the one running, for requests that arrived after it began. */
  private queued: Promise<boolean> | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Pick<Db, "lastCommit" | "onCommit">,
    private readonly cache: ResponseCache,
    private readonly checkMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.unsubscribe = db.onCommit(() => cache.clear());
  }

  /** Whether the cache may answer now; clears it first when the graph has moved. */
  async trusted(): Promise<boolean> {
    const since = this.now() - this.checkMs;
    if (this.checkMs > 0 && this.checkedFrom > since) return this.ok === true;
    // While Neo4j is away, requests go on without the cache rather than wait for the next
    // check to fail as well: they have their own retry budget to spend.
    if (this.ok === false) {
      void this.checkSince(since);
      return false;
    }
    return this.checkSince(since);
  }

  close(): void {
    this.unsubscribe();
  }

  /** A check begun at `since` or later: the one running if it qualifies, else the next one. */
  private checkSince(since: number): Promise<boolean> {
    if (!this.running) return this.begin();
    if (this.running.startedAt >= since) return this.running.done;
    // One check at a time; everyone arriving meanwhile shares the one after it.
    this.queued ??= this.running.done.then(() => {
      this.queued = undefined;
      return this.running?.done ?? this.begin();
    });
    return this.queued;
  }

  private begin(): Promise<boolean> {
    const startedAt = this.now();
    const done = this.check(startedAt).finally(() => (this.running = undefined));
    this.running = { startedAt, done };
    return done;
  }

  private async check(startedAt: number): Promise<boolean> {
    try {
      const mark = await withTimeout(this.db.lastCommit(), CHECK_TIMEOUT_MS);
      if (mark !== this.mark) {
        this.cache.clear();
        this.mark = mark;
      }
      this.ok = true;
    } catch {
      // Not retried on every request: an outage then costs each request nothing extra.
      this.cache.clear();
      this.mark = undefined;
      this.ok = false;
    }
    this.checkedFrom = startedAt;
    return this.ok;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
