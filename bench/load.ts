import { Worker } from "node:worker_threads";
import { summarize, type Summary } from "./stats.ts";

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  throughput: number;
  latency: Summary;
  /** Per kind of request, when the bodies were labelled. */
  byLabel?: Record<string, { requests: number; errors: number; latency: Summary }>;
}

/**
 * The load workers' one request (worker-thread source, plain JS): POST a body over the
 * worker's keep-alive `agent` to `target`; true when answered 200 without GraphQL errors.
 */
export const POST = `
function post(body) {
  return new Promise((resolve) => {
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString();
        resolve(res.statusCode === 200 && !text.includes('"errors"'));
      });
    });
    req.on("error", () => resolve(false));
    req.end(body);
  });
}
`;

// The clients run in a worker thread (plain JS, keep-alive HTTP): the server's event loop in
// the main thread is not slowed by the load generator's own work.
const CLIENTS = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { url, bodies, sequence, labels, clients, warmupMs, durationMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const target = new URL(url);
${POST}(async () => {
  const latencies = [], which = [], failed = [];
  let errors = 0, requests = 0, next = 0;
  const start = performance.now();
  const measureFrom = start + warmupMs, end = measureFrom + durationMs;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const n = next++;
      // The bodies in the given order (a seeded draw of targets), else in turn.
      const index = sequence ? sequence[n % sequence.length] : n % bodies.length;
      const t0 = performance.now();
      const ok = await post(bodies[index]);
      const t1 = performance.now();
      if (t0 >= measureFrom && t1 <= end) {
        requests++; latencies.push(t1 - t0); if (!ok) errors++;
        if (labels) { which.push(labels[index]); failed.push(!ok); }
      }
    }
  }));
  agent.destroy();
  parentPort.postMessage({ latencies, errors, requests, which, failed });
})();
`;

export interface LoadOptions {
  clients: number;
  warmupMs: number;
  durationMs: number;
  /** Indices into the bodies, sent in this order (cycled); without it, the bodies in turn. */
  sequence?: Uint32Array;
  /** A kind per body (its read's name): latencies are then summarised per kind too. */
  labels?: string[];
}

/** `clients` concurrent keep-alive clients sending the bodies (in turn, or in `sequence`'s order) to a listening server. */
export function measureLoad(url: string, bodies: string[], options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENTS, { eval: true, workerData: { url, bodies, ...options } });
    worker.once("error", reject);
    worker.once("message", (m: { latencies: number[]; errors: number; requests: number; which: string[]; failed: boolean[] }) => {
      void worker.terminate();
      resolve({
        ...(options.labels ? { byLabel: perLabel(m.latencies, m.which, m.failed) } : {}),
        clients: options.clients,
        seconds: options.durationMs / 1000,
        requests: m.requests,
        errors: m.errors,
        throughput: Math.round(m.requests / (options.durationMs / 1000)),
        latency: summarize(m.latencies),
      });
    });
  });
}

function perLabel(latencies: number[], which: string[], failed: boolean[]): NonNullable<LoadResult["byLabel"]> {
  const groups = new Map<string, { samples: number[]; errors: number }>();
  latencies.forEach((ms, i) => {
    const label = which[i] ?? "?";
    const group = groups.get(label) ?? { samples: [], errors: 0 };
    group.samples.push(ms);
    if (failed[i]) group.errors++;
    groups.set(label, group);
  });
  return Object.fromEntries([...groups].map(([label, g]) => [label, { requests: g.samples.length, errors: g.errors, latency: summarize(g.samples) }]));
}
