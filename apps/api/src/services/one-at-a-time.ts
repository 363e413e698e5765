/**
 * Runs work one at a time per key, in the order asked, within this process. Used in front of
 * writes that take the same Neo4j lock anyway (a contract's submissions): waiting here costs
 * nothing, while a transaction waiting on a Neo4j lock holds a connection and a server thread
 * and is woken by polling, so hundreds of them starved the few that held a lock (bench/events.ts).
 */
export class OneAtATime {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(work, work);
    // The tail settles either way, so a failure does not stop the ones queued after it.
    const tail = result.then(() => undefined, () => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running (a key is forgotten once its queue is empty). */
  get busyKeys(): number {
    return this.tails.size;
  }
}
