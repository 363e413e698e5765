import { createServer, type Server } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createServerAdapter } from "@whatwg-node/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "../helpers.ts";
import { figures, httpGql, percentile, sized, sleep } from "./harness.ts";

// A bounded load loop over real HTTP on loopback: 20 clients, mixed reads and writes, for
// ~25 s (short) or 3 minutes (full). No error, heap after GC grows less than the bound, p99
// reported.

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const db = testDb();
const team = uniqueTeamId("rel-soak");
const { app } = testApp(db);
let server: Server;
let base = "";
const doc = JSON.stringify(loadTeam("seed/examples/startup-team.yaml", team));

beforeAll(async () => {
  server = createServer(createServerAdapter(app.fetch));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const first = await httpGql(base, `mutation($doc: String!) { importTeam(document: $doc) { changed } }`, { doc });
  expect(first.errors).toBeUndefined();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await deleteTeam(db, team, true);
  await db.close();
});

const CLIENTS = 20;
const HEAP_BOUND_MB = 64;
const OPERATIONS: { name: string; weight: number; run: (i: number) => Promise<{ errors?: unknown[] }> }[] = [
  { name: "team overview", weight: 30, run: () => httpGql(base, `query($team: ID!) { team(id: $team) { name roles { id name } artifacts { id name } contracts { id } } }`, { team }) },
  { name: "role detail", weight: 20, run: () => httpGql(base, `query($team: ID!) { team(id: $team) { role(id: "founder") { consumes { artifact { id producers { role { id } } } cadence } produces { artifact { id } } agents { id } } } }`, { team }) },
  { name: "matrix", weight: 10, run: () => httpGql(base, `query($team: ID!) { team(id: $team) { matrix { role { id } stage { id } engagement } } }`, { team }) },
  { name: "gap report", weight: 5, run: () => httpGql(base, `query($team: ID!) { team(id: $team) { gapReport { score findings { rule } } } }`, { team }) },
  { name: "submit handoff", weight: 20, run: (i) => httpGql(base, `mutation($team: ID!, $key: String) { submitHandoff(team: $team, contract: "designer-to-engineer", payload: { n: 1 }, idempotencyKey: $key) { id } }`, { team, key: `soak-${i}` }) },
  { name: "acknowledge", weight: 5, run: (i) => httpGql(base, `mutation($team: ID!, $h: ID!) { acknowledgeHandoff(team: $team, handoff: $h, override: "soak: any payload") { id } }`, { team, h: `designer-to-engineer/${1 + (i % 50)}` }) },
  { name: "list handoffs", weight: 5, run: () => httpGql(base, `query($team: ID!) { team(id: $team) { handoffs(pendingAcknowledgement: true) { id } } }`, { team }) },
  { name: "re-import", weight: 5, run: () => httpGql(base, `mutation($doc: String!) { importTeam(document: $doc) { changed errors { message } } }`, { doc }) },
];
const TOTAL_WEIGHT = OPERATIONS.reduce((n, o) => n + o.weight, 0);
function pickOperation(i: number) {
  let r = (i * 7919) % TOTAL_WEIGHT;
  for (const op of OPERATIONS) {
    if (r < op.weight) return op;
    r -= op.weight;
  }
  return OPERATIONS[0] ?? { name: "none", weight: 0, run: async () => ({ errors: ["no operation"] }) };
}

describe("soak", () => {
  it(`${CLIENTS} clients of mixed reads and writes: no error, bounded heap, p99 reported`, async () => {
    const seconds = Number(process.env.RELIABILITY_SOAK_SECONDS ?? sized(20, 180));
    // Enough handoffs exist for the acknowledgements to find one.
    for (let i = 0; i < 50; i++) await OPERATIONS.find((o) => o.name === "submit handoff")?.run(-1 - i);
    let next = 0;
    let phase: "warmup" | "measured" | "done" = "warmup";
    const latencies: number[] = [];
    const errors: string[] = [];
    const perOperation = new Map<string, number[]>();
    const client = async () => {
      while (phase !== "done") {
        const i = next++;
        const op = pickOperation(i);
        const started = performance.now();
        try {
          const answer = await op.run(i);
          if (answer.errors) errors.push(`${op.name}: ${JSON.stringify(answer.errors).slice(0, 200)}`);
        } catch (error) {
          errors.push(`${op.name}: ${(error as Error).message}`);
        }
        if (phase === "measured") {
          latencies.push(performance.now() - started);
          perOperation.set(op.name, [...(perOperation.get(op.name) ?? []), performance.now() - started]);
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    await sleep(Math.min(5_000, seconds * 150));
    const heapStart = heapAfterGc();
    const rssStart = process.memoryUsage().rss;
    phase = "measured";
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = performance.now();
    const samples: number[] = [];
    while (performance.now() - started < seconds * 1000) {
      await sleep(5_000);
      samples.push(heapAfterGc());
    }
    const elapsed = (performance.now() - started) / 1000;
    loop.disable();
    phase = "done";
    await Promise.all(clients);
    const heapEnd = heapAfterGc();
    const rssEnd = process.memoryUsage().rss;

    const sorted = [...latencies].sort((a, b) => a - b);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const growth = heapEnd - heapStart;
    figures("soak", `${CLIENTS} clients for ${elapsed.toFixed(0)} s over HTTP on 127.0.0.1: requests ${latencies.length} (${(latencies.length / elapsed).toFixed(0)}/s; ` +
      `${[...perOperation].map(([k, v]) => { const o = [...v].sort((a, b) => a - b); return `${k} ${v.length} p50 ${percentile(o, 50).toFixed(0)} p99 ${percentile(o, 99).toFixed(0)} ms`; }).join(", ")}), errors ${errors.length}; latency p50 ${percentile(sorted, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms; ` +
      `event loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms; heap after GC ${mb(heapStart)} -> ${mb(heapEnd)} MB (growth ${mb(growth)} MB, bound ${HEAP_BOUND_MB} MB; peak ${mb(Math.max(...samples))} MB), RSS ${mb(rssStart)} -> ${mb(rssEnd)} MB`);
    expect(errors.slice(0, 10)).toEqual([]);
    expect(latencies.length).toBeGreaterThan(seconds * 10);
    expect(growth).toBeLessThan(HEAP_BOUND_MB * 1024 * 1024);
    // Latency is reported, not bounded (on 2 cores Neo4j saturates the CPU); only a hang fails.
    expect(sorted.at(-1) ?? 0).toBeLessThan(30_000);
  });
});
