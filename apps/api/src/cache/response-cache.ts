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
  /** What it was counted at (entryBytes). */
  bytes: number;
}

export interface ResponseCacheLimits {
  /** Upper bound on what all entries cost in memory (entryBytes); least recently used go first. */
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
    const size = entryBytes(key, response);
    if (since !== this.gen || size > this.limits.maxBytes) return false;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { ...response, storedAt: this.now(), bytes: size });
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
    this.bytes -= entry.bytes;
  }
}

/**
 * What an entry costs in the heap, measured after GC over 20,000 entries (bodies of 100 and
 * 2,000 characters): its strings at one byte a character (two for text V8 must store as
 * UTF-16), plus about 700 bytes of entry object, headers object, map slots and string
 * headers. The old count (body and key characters only) was a third of that for small answers.
 */
export function entryBytes(key: string, response: CachedResponse): number {
  let chars = stringBytes(key) + stringBytes(response.body) + stringBytes(response.contentType);
  for (const [name, value] of Object.entries(response.headers ?? {})) chars += stringBytes(name) + stringBytes(value) + HEADER_OVERHEAD;
  return chars + ENTRY_OVERHEAD;
}
const ENTRY_OVERHEAD = 700;
const HEADER_OVERHEAD = 80;
// eslint-disable-next-line no-control-regex
const stringBytes = (text: string) => (/[^\u0000-\u00ff]/.test(text) ? 2 : 1) * text.length;
