/**
 * Values remembered per key under a mark that moves whenever they may have changed (for the
 * gap report: Neo4j's last-commit bookmark). A call whose mark matches shares the remembered
 * promise, so concurrent callers compute once; a failed computation is forgotten; without a
 * mark (the check failed) nothing is trusted and the value is computed afresh. The least
 * recently used keys go first past `max`.
 */
export class RememberedByMark<V> {
  private readonly entries = new Map<string, { mark: string; value: Promise<V> }>();

  constructor(private readonly max: number) {}

  async get(key: string, mark: string | undefined, compute: () => Promise<V>): Promise<V> {
    if (mark === undefined) return compute();
    const hit = this.entries.get(key);
    this.entries.delete(key);
    const entry = hit?.mark === mark ? hit : { mark, value: compute() };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break;
      this.entries.delete(oldest);
    }
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }
}
