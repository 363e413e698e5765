import { Worker } from "node:worker_threads";
import { highestRateUnder, poissonArrivals, saturated, type RateStep } from "./arrivals.ts";
import { summarize } from "./stats.ts";
import { POST } from "./load.ts";

/** The offered rates tried, lowest first (requests per second); the same list every run, so runs compare. */
export const OPEN_LOOP_RATES = [25, 50, 100, 150, 200, 300, 400, 600, 800, 1200] as const;
/** The rate issue 21's p99 target is checked at: each of the 50 clients one request a second on average. */
export const NAMED_RATE = 50;
const P99_TARGET_MS = 25;

export interface OpenLoopResult {
  clients: number;
  /** Seconds each rate was offered for, after `warmupSeconds` not counted. */
  stepSeconds: number;
  warmupSeconds: number;
  steps: RateStep[];
  /** The highest offered rate with p99 < 25 ms and no errors (arrivals.ts); null when none. */
  highestRateUnder25ms: number | null;
  /** The step at NAMED_RATE, when it ran. */
  atNamedRate: RateStep | null;
}

// The sender runs in a worker thread (plain JS, keep-alive HTTP over `clients` connections: a
// request due while every connection is busy waits in the agent's queue, and that wait is in
// its latency). Latency is from the request's due time, not from when it got a connection.
const SENDER = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { url, bodies, sequence, offset, times, clients } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const target = new URL(url);
${POST}const latencies = new Float64Array(times.length), failed = new Uint8Array(times.length);
const start = performance.now() + 20;
let next = 0, open = 0;
function send(i) {
  const due = start + times[i];
  const body = bodies[sequence[(offset + i) % sequence.length]];
  open++;
  post(body).then((ok) => {
    latencies[i] = performance.now() - due; failed[i] = ok ? 0 : 1;
    if (--open === 0 && next === times.length) finish();
  });
}
function tick() {
  const now = performance.now();
  while (next < times.length && start + times[next] <= now) send(next++);
  if (next < times.length) setTimeout(tick, Math.max(0, start + times[next] - performance.now() - 0.5));
  else if (open === 0) finish();
}
function finish() {
  agent.destroy();
  parentPort.postMessage({ latencies, failed, ms: performance.now() - start });
}
setTimeout(tick, 20);
`;

/** One offered rate: Poisson arrivals for warm-up plus step, the warm-up's requests not counted. */
async function offer(url: string, bodies: string[], sequence: Uint32Array, offset: number, rate: number,
  options: { clients: number; warmupMs: number; stepMs: number; seed: number }): Promise<{ step: RateStep; sent: number }> {
  const times = poissonArrivals(rate, options.warmupMs + options.stepMs, options.seed + rate);
  const m = await new Promise<{ latencies: Float64Array; failed: Uint8Array; ms: number }>((resolve, reject) => {
    const worker = new Worker(SENDER, { eval: true, workerData: { url, bodies, sequence, offset, times, clients: options.clients } });
    worker.once("error", reject);
    worker.once("message", (message: { latencies: Float64Array; failed: Uint8Array; ms: number }) => { void worker.terminate(); resolve(message); });
  });
  const counted: number[] = [];
  let errors = 0;
  let lastAnswer = 0;
  times.forEach((due, i) => {
    if (due < options.warmupMs) return;
    const ms = m.latencies[i] ?? Number.NaN;
    counted.push(ms);
    lastAnswer = Math.max(lastAnswer, due + ms);
    if (m.failed[i]) errors++;
  });
  const latency = summarize(counted);
  // Answers per second over the counted window, up to the last of them (later when it fell behind).
  const windowMs = Math.max(options.stepMs, lastAnswer - options.warmupMs);
  return {
    sent: times.length,
    step: {
      offeredPerSecond: rate, achievedPerSecond: Math.round((counted.length / windowMs) * 1000), requests: counted.length, errors,
      p50: latency.p50, p95: latency.p95, p99: latency.p99,
    },
  };
}

/**
 * The open-loop sweep: each rate of OPEN_LOOP_RATES offered in turn over `clients` keep-alive
 * connections, requests in `sequence`'s order (continued from rate to rate), until the server
 * is saturated (arrivals.ts).
 */
export async function measureOpenLoop(url: string, bodies: string[], sequence: Uint32Array,
  options: { clients: number; warmupMs: number; stepMs: number; seed: number; rates?: readonly number[]; log: (line: string) => void }): Promise<OpenLoopResult> {
  const steps: RateStep[] = [];
  let offset = 0;
  for (const rate of options.rates ?? OPEN_LOOP_RATES) {
    const { step, sent } = await offer(url, bodies, sequence, offset, rate, options);
    offset += sent;
    steps.push(step);
    options.log(`  open loop ${rate}/s offered: ${step.achievedPerSecond}/s answered, p50 ${step.p50} ms, p95 ${step.p95} ms, p99 ${step.p99} ms, ${step.errors} errors`);
    // Past saturation higher rates only queue longer; the named rate is always offered.
    if (saturated(step, P99_TARGET_MS) && rate >= NAMED_RATE) break;
    // The queue of one rate must not spill into the next.
    await new Promise((done) => setTimeout(done, 500));
  }
  return {
    clients: options.clients, stepSeconds: options.stepMs / 1000, warmupSeconds: options.warmupMs / 1000, steps,
    highestRateUnder25ms: highestRateUnder(steps, P99_TARGET_MS),
    atNamedRate: steps.find((s) => s.offeredPerSecond === NAMED_RATE) ?? null,
  };
}
