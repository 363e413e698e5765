/**
 * A least-recently-used map bounded both by entry count and by the bytes its entries cost,
 * as the caller measures them. Map order is recency order: a hit moves its entry to the end,
 * and the oldest go first when either bound is passed. An entry larger than the byte bound
 * on its own is not kept.
 */
export class SizedLru<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number }) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total };
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
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
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.limits.maxBytes && this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
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
}
