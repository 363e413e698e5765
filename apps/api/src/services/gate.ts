/**
 * At most `limit` pieces of work at once; the rest wait their turn in arrival order. For reads
 * that build a whole team's (or the organisation's) answer in memory: 50 of them started
 * together on 2 cores finish no sooner than one after another, but hold 50 answers' memory at
 * once (the API's RSS passed 1.5 GB at L and its heap ran out at XL) and slow every point read
 * queued behind them. A failed piece frees its place like a finished one.
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`Gate: the limit must be a whole number of at least 1, got ${limit}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((turn) => this.waiting.push(turn));
    else this.running++;
    try {
      return await work();
    } finally {
      // The place passes straight to the next in line (running stays the same), else frees.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Pieces running now and waiting (for tests and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
