import { onLocalCommit, type Db } from "../db/driver.ts";
import type { ResponseCache } from "./response-cache.ts";

/**
 * Keeps a response cache honest about the graph. A write through this process clears it at
 * once (read-your-writes). A write by anyone else (`rolegraph import` from a terminal,
 * another API instance, Cypher in the browser) shows as a new commit mark in Neo4j, checked
 * at most every `checkMs` while requests arrive and always before the first answer after a
 * quiet spell: a cached answer is at most `checkMs` behind such a write. When the check
 * fails (Neo4j down) nothing cached is trusted.
 */
/** A check slower than this counts as failed: Neo4j that cannot say RETURN 1 in a second is not well. */
const CHECK_TIMEOUT_MS = 1_000;

export class Freshness {
  private mark: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  /** The last check's outcome; undefined before the first. */
  private ok: boolean | undefined;
  private checking: Promise<boolean> | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Pick<Db, "lastCommit">,
    private readonly cache: ResponseCache,
    private readonly checkMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.unsubscribe = onLocalCommit(() => cache.clear());
  }

  /** Whether the cache may answer now; clears it first when the graph has moved. */
  async trusted(): Promise<boolean> {
    if (this.now() - this.checkedAt < this.checkMs) return this.ok === true;
    // One check at a time: the requests arriving meanwhile wait for the same answer.
    this.checking ??= this.check().finally(() => (this.checking = undefined));
    // While Neo4j is away, requests go on without the cache rather than wait for the next
    // check to fail as well: they have their own retry budget to spend.
    return this.ok === false ? false : this.checking;
  }

  close(): void {
    this.unsubscribe();
  }

  private async check(): Promise<boolean> {
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
    this.checkedAt = this.now();
    return this.ok;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
