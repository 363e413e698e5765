/**
 * A least-recently-used map bounded both by entry count and by the bytes its entries cost,
 * as the caller measures them. A hit only stamps its entry (hits are every request; a Map
 * delete and re-insert of a long text key cost more); the oldest stamps go first when
 * either bound is passed, found by a scan, which only an insert past a bound pays. An entry
 * larger than the byte bound on its own is not kept.
 */
export class SizedLru<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number; used: number }>();
  private total = 0;
  private tick = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number }) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total };
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = ++this.tick;
    return entry.value;
  }

  /** The value without refreshing its recency. */
  peek(key: K): V | undefined {
    return this.entries.get(key)?.value;
  }

  /** Keeps `value` at a cost of `bytes`; false when it alone is over the byte bound. */
  set(key: K, value: V, bytes: number): boolean {
    this.delete(key);
    if (bytes > this.limits.maxBytes || this.limits.maxEntries < 1) return false;
    this.entries.set(key, { value, bytes, used: ++this.tick });
    this.total += bytes;
    while (this.total > this.limits.maxBytes || this.entries.size > this.limits.maxEntries) this.evictOldest();
    return true;
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private evictOldest(): void {
    let oldest: K | undefined;
    let stamp = Infinity;
    for (const [key, entry] of this.entries) {
      if (entry.used < stamp) [oldest, stamp] = [key, entry.used];
    }
    if (oldest !== undefined) this.delete(oldest);
  }
}
