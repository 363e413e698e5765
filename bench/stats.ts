/** Latency summaries: the figures every measurement reports, in milliseconds. */
export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(sorted.length, 1);
  return {
    runs: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(mean),
  };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export interface Repeat {
  warmup: number;
  runs: number;
  /**
   * Idle time before every timed call, so each starts as an independent request does: to a
   * server with nothing in flight. 0 runs the calls back to back.
   */
  pauseMs?: number;
}

/**
 * Runs each variant in turn for run i (interleaved, so background load on a shared machine
 * hits all variants alike), after `warmup` unrecorded rounds; returns one summary per variant.
 */
export async function interleaved<K extends string>(
  variants: Record<K, (i: number) => Promise<unknown>>, repeat: Repeat,
): Promise<Record<K, Summary>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < repeat.warmup + repeat.runs; i++) {
    // The order turns every round: whichever variant runs right after another finds Neo4j's
    // threads awake, and on this VM a query that wakes them costs up to twice as much, so a
    // fixed order favoured the variant in second place (raw Cypher, after GraphQL).
    for (const name of rotate(names, i)) {
      if (repeat.pauseMs) await new Promise((done) => setTimeout(done, repeat.pauseMs));
      const { ms } = await timed(() => variants[name](i));
      if (i >= repeat.warmup) samples[name].push(ms);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])])) as Record<K, Summary>;
}

function rotate<T>(list: readonly T[], by: number): T[] {
  const k = by % Math.max(list.length, 1);
  return [...list.slice(k), ...list.slice(0, k)];
}

export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
