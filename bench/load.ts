import { Worker } from "node:worker_threads";
import { summarize, type Summary } from "./stats.ts";

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  throughput: number;
  latency: Summary;
}

// The clients run in a worker thread (plain JS, keep-alive HTTP): the server's event loop in
// the main thread is not slowed by the load generator's own work.
const CLIENTS = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { url, bodies, clients, warmupMs, durationMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const target = new URL(url);
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
(async () => {
  const latencies = [];
  let errors = 0, requests = 0, next = 0;
  const start = performance.now();
  const measureFrom = start + warmupMs, end = measureFrom + durationMs;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const body = bodies[next++ % bodies.length];
      const t0 = performance.now();
      const ok = await post(body);
      const t1 = performance.now();
      if (t0 >= measureFrom && t1 <= end) { requests++; latencies.push(t1 - t0); if (!ok) errors++; }
    }
  }));
  agent.destroy();
  parentPort.postMessage({ latencies, errors, requests });
})();
`;

/** `clients` concurrent keep-alive clients sending the bodies in turn to a listening server. */
export function measureLoad(url: string, bodies: string[], options: { clients: number; warmupMs: number; durationMs: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENTS, { eval: true, workerData: { url, bodies, ...options } });
    worker.once("error", reject);
    worker.once("message", (m: { latencies: number[]; errors: number; requests: number }) => {
      void worker.terminate();
      resolve({
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
