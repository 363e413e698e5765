/**
 * Whole GraphQL responses of read-only operations, keyed by who asks and the exact request,
 * kept while the graph is known not to have changed. Reads vastly outnumber writes (a
 * team's map is looked at all day and changed by an import now and then), so a repeated
 * read is answered from memory without Neo4j.
 *
 * Correctness rests on the generation: every known change (a write committed in this
 * process, a new commit seen in Neo4j, a failed check) clears the cache and bumps it, and a
 * response computed while the generation moved is not stored, since it may predate the
 * change. Entries also expire after `ttlMs`, which bounds how old time-dependent answers
 * (a gap report's asOf, overdue handoffs) can be.
 */
export interface CachedResponse {
  body: string;
  contentType: string;
  /** Headers the answer carried for its caller besides the content type: CORS, Vary. */
  headers?: Record<string, string>;
}

interface Entry extends CachedResponse {
  storedAt: number;
}

export interface ResponseCacheLimits {
  /** Upper bound on the bytes of all bodies kept; least recently used go first. */
  maxBytes: number;
  ttlMs: number;
}

export class ResponseCache {
  /** Map order is recency order: a hit moves its entry to the end. */
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private gen = 0;
  readonly stats = { hits: 0, misses: 0, stored: 0, cleared: 0 };

  constructor(private readonly limits: ResponseCacheLimits, private readonly now: () => number = () => performance.now()) {}

  get generation(): number {
    return this.gen;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** The entry and how old it is, or undefined when missing or expired. */
  get(key: string): (CachedResponse & { ageMs: number }) | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.storedAt > this.limits.ttlMs) {
      if (entry) this.remove(key, entry);
      this.stats.misses++;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    return { body: entry.body, contentType: entry.contentType, headers: entry.headers, ageMs: this.now() - entry.storedAt };
  }

  /** Stores a response computed from generation `since`; dropped if the graph changed meanwhile. */
  set(key: string, response: CachedResponse, since: number): boolean {
    const size = response.body.length + key.length;
    if (since !== this.gen || size > this.limits.maxBytes) return false;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { ...response, storedAt: this.now() });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.limits.maxBytes) break;
      this.remove(oldest, entry);
    }
    this.stats.stored++;
    return true;
  }

  /** The graph changed (or may have): forget everything, and refuse answers computed before now. */
  clear(): void {
    this.gen++;
    this.stats.cleared++;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length + key.length;
  }
}
