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
export class Freshness {
  private mark: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private ok = false;
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
    if (this.now() - this.checkedAt < this.checkMs) return this.ok;
    // One check at a time: the requests arriving meanwhile wait for the same answer.
    this.checking ??= this.check().finally(() => (this.checking = undefined));
    return this.checking;
  }

  close(): void {
    this.unsubscribe();
  }

  private async check(): Promise<boolean> {
    try {
      const mark = await this.db.lastCommit();
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
