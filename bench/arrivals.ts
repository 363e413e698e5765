import { random } from "../seed/generate.ts";

/**
 * Open-loop load: when requests are sent, decided before the run, independent of how fast the
 * server answers. A closed loop (each client waits for its answer before sending the next)
 * slows its own sending when the server slows, so its latencies hide the queue a real crowd
 * would build (coordinated omission); here each request's latency counts from the moment it
 * was due, whether or not a connection was free then.
 */

/**
 * Send times (ms from the start, ascending) of a Poisson process at `ratePerSecond` over
 * `durationMs`: independent users, exponential gaps of mean 1000 / rate. Seeded: the same
 * rate, duration and seed give the same times.
 */
export function poissonArrivals(ratePerSecond: number, durationMs: number, seed: number): Float64Array {
  if (!(ratePerSecond > 0)) throw new Error(`poissonArrivals: the rate must be above 0, got ${ratePerSecond}`);
  if (!(durationMs >= 0)) throw new Error(`poissonArrivals: the duration must be 0 or more, got ${durationMs}`);
  const rnd = random(seed);
  const meanGap = 1000 / ratePerSecond;
  const times: number[] = [];
  // -ln(1 - u) with u in [0, 1): never ln(0).
  for (let t = -Math.log(1 - rnd.next()) * meanGap; t < durationMs; t += -Math.log(1 - rnd.next()) * meanGap) times.push(t);
  return Float64Array.from(times);
}

/** One offered rate's outcome: latency from each request's due time to its answer. */
export interface RateStep {
  offeredPerSecond: number;
  /** Answers per second over the step (below the offered rate when the server fell behind). */
  achievedPerSecond: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * The highest offered rate whose p99 stayed under `p99Ms` with no errors, among the rates
 * below the first that did not (a rate above a failed one that passes by luck is not
 * sustainable); null when even the lowest failed.
 */
export function highestRateUnder(steps: readonly RateStep[], p99Ms: number): number | null {
  let best: number | null = null;
  for (const step of [...steps].sort((a, b) => a.offeredPerSecond - b.offeredPerSecond)) {
    if (step.errors > 0 || !(step.p99 < p99Ms)) break;
    best = step.offeredPerSecond;
  }
  return best;
}

/**
 * Whether a sweep may stop after this step: the server is past saturation (p99 over `factor`
 * times the target, or answering less than 90% of what is offered), so higher rates only
 * queue longer.
 */
export function saturated(step: RateStep, p99Ms: number, factor = 10): boolean {
  return step.p99 > factor * p99Ms || step.achievedPerSecond < 0.9 * step.offeredPerSecond;
}
