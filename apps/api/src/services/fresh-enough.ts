/**
 * One value computed at a time and shared by everyone it is fresh enough for. A caller says
 * when it started looking (`since`, before it read the graph's last-commit mark): any
 * computation begun at or after that moment read everything committed before it, so it serves
 * that caller whatever the mark says now. The last value serves as long as the mark it was
 * computed under is current. Otherwise the caller joins the computation running if it began
 * late enough, else the one queued after it: at most one runs and one waits, however often the
 * mark moves (at XL one computation takes seconds and over a gigabyte, and a sweep of passed
 * deadlines moved the mark every second: one computation per request ran the heap out).
 */
export class FreshEnough<V> {
  private last: { mark: string | undefined; startedAt: number; value: Promise<V> } | undefined;
  private running: { startedAt: number; value: Promise<V> } | undefined;
  private queued: Promise<V> | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {}

  get(mark: string | undefined, since: number, compute: () => Promise<V>): Promise<V> {
    const last = this.last;
    if (last && ((mark !== undefined && last.mark === mark) || last.startedAt >= since)) return last.value;
    const running = this.running;
    if (!running) return this.begin(mark, compute);
    if (running.startedAt >= since) return running.value;
    this.queued ??= running.value.catch(() => undefined).then(() => {
      this.queued = undefined;
      return this.begin(mark, compute);
    });
    return this.queued;
  }

  private begin(mark: string | undefined, compute: () => Promise<V>): Promise<V> {
    const startedAt = this.now();
    const value = compute();
    const entry = { mark, startedAt, value };
    this.running = entry;
    value.then(
      () => { this.last = entry; },
      () => undefined,
    ).finally(() => { if (this.running === entry) this.running = undefined; });
    return value;
  }
}
