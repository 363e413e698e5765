import { counter, startApiProcess } from "./api-process.ts";
import { measureLoad, type LoadResult } from "./load.ts";
import { measureOpenLoop, NAMED_RATE, type OpenLoopResult } from "./open-loop.ts";
import type { BenchDatabase } from "./neo4j.ts";
import { realisticMix, type OrgIndex } from "./realistic-mix.ts";
import { summarize, type Summary } from "./stats.ts";

export interface RealisticRun extends LoadResult {
  responseCache: boolean;
  /** Response-cache hits / (hits + misses) over the measured window, from the API's /metrics. */
  cacheHitRatio: number | null;
  /** The API process's resident memory, sampled every 250 ms while measured (MB). */
  rssMb: Summary;
  /** `npm start` to /healthz 200 for this process (Neo4j already running). */
  startMs: number;
  /**
   * The same mix offered at fixed rates (Poisson arrivals over 50 connections, latency from
   * each request's due time: open-loop.ts), after the closed loop; absent in older results.
   */
  openLoop?: OpenLoopResult;
}

export interface RealisticResult {
  clients: number;
  zipfExponent: number;
  distinctRequests: number;
  targets: { artifacts: number; roles: number };
  cacheOn: RealisticRun;
  cacheOff: RealisticRun;
}

/**
 * 50 clients over HTTP on the realistic mix (realistic-mix.ts), against the API started as
 * `npm start` starts it in a process of its own: first as configured by default (response
 * cache on), then again with the cache off, each a fresh process.
 */
export async function measureRealisticLoad(
  database: BenchDatabase, index: OrgIndex, asOf: string,
  set: { loadWarmupMs: number; loadMs: number }, log: (line: string) => void,
): Promise<RealisticResult> {
  const s = 1;
  const mix = realisticMix(index, { requests: 200_000, seed: 21, s, asOf });
  log(`realistic mix: ${mix.bodies.length} distinct requests over ${index.artifacts.length} artifacts and ${index.roles.length} roles`);
  const run = async (responseCache: boolean): Promise<RealisticRun> => {
    const api = await startApiProcess({
      uri: database.uri, user: database.user, password: database.password, database: database.db.database,
      env: responseCache ? {} : { RESPONSE_CACHE_TTL_MS: "0" }, log,
    });
    try {
      // A server in service has compiled each query text and built the organisation's chain
      // index already: one request of each read first, so the window measures that server,
      // not a first minute (the clients' own warm-up then fills the response cache).
      for (const label of new Set(mix.labels)) {
        const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: mix.bodies[mix.labels.indexOf(label)] });
        if (response.status !== 200) throw new Error(`realistic load: ${label} answered ${response.status}: ${await response.text()}`);
        await response.arrayBuffer().catch(() => undefined);
      }
      const rss: number[] = [];
      let before = "";
      // Scraped when the warm-up ends: the ratio and memory are the measured window's.
      const atStart = setTimeout(() => void api.metrics().then((text) => { before = text; }), set.loadWarmupMs);
      const sampler = setInterval(() => { if (before) rss.push(api.rssMb()); }, 250);
      const load = await measureLoad(api.url, mix.bodies, {
        clients: 50, warmupMs: set.loadWarmupMs, durationMs: set.loadMs, sequence: mix.sequence, labels: mix.labels,
      });
      clearTimeout(atStart);
      const after = await api.metrics();
      // The closed loop is a saturation test (capacity); the open loop asks what latency a given
      // request rate gets. The RSS samples go on through it: the memory target covers both.
      const openLoop = await measureOpenLoop(api.url, mix.bodies, mix.sequence, {
        clients: 50, warmupMs: 1_000, stepMs: Math.min(set.loadMs, 8_000), seed: 21, log,
        // A quick run (the smoke test) offers the named rate only.
        ...(set.loadMs < 5_000 ? { rates: [NAMED_RATE] } : {}),
      });
      clearInterval(sampler);
      const hits = counter(after, "rolegraph_response_cache_hits_total") - counter(before, "rolegraph_response_cache_hits_total");
      const misses = counter(after, "rolegraph_response_cache_misses_total") - counter(before, "rolegraph_response_cache_misses_total");
      const result: RealisticRun = {
        ...load, responseCache,
        cacheHitRatio: responseCache && hits + misses > 0 ? Math.round((hits / (hits + misses)) * 1000) / 1000 : null,
        rssMb: summarize(rss.length > 0 ? rss : [api.rssMb()]),
        startMs: api.startMs,
        openLoop,
      };
      log(`realistic mix, 50 closed-loop clients, cache ${responseCache ? "on" : "off"}: ${load.throughput} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.errors} errors; hit ratio ${result.cacheHitRatio ?? "-"}; API RSS max ${result.rssMb.max} MB`);
      log(`realistic mix, open loop, cache ${responseCache ? "on" : "off"}: highest offered rate with p99 < 25 ms ${openLoop.highestRateUnder25ms ?? "none"}/s; at ${NAMED_RATE}/s p99 ${openLoop.atNamedRate?.p99 ?? "-"} ms`);
      return result;
    } finally {
      await api.stop();
    }
  };
  const cacheOn = await run(true);
  const cacheOff = await run(false);
  return {
    clients: 50, zipfExponent: s, distinctRequests: mix.bodies.length,
    targets: { artifacts: index.artifacts.length, roles: index.roles.length },
    cacheOn, cacheOff,
  };
}

/** The rows for the results table. */
export function realisticTable(r: RealisticResult): string[] {
  const lines: string[] = [];
  for (const run of [r.cacheOn, r.cacheOff]) {
    const cache = run.responseCache ? `cache on, hit ratio ${run.cacheHitRatio}` : "cache off";
    lines.push(`| realistic mix, ${r.clients} closed-loop clients, no think time (Zipf s=${r.zipfExponent}), ${cache} | ${run.latency.p50} ms | ${run.latency.p95} ms | p99 ${run.latency.p99} ms, ${run.throughput} req/s, ${run.errors} errors; API RSS p50 ${run.rssMb.p50} MB, max ${run.rssMb.max} MB; npm start to healthy ${run.startMs} ms |`);
    for (const step of run.openLoop?.steps ?? []) {
      lines.push(`| &nbsp;&nbsp;open loop, ${step.offeredPerSecond} req/s offered over ${r.clients} connections (${run.responseCache ? "cache on" : "cache off"}) | ${step.p50} ms | ${step.p95} ms | p99 ${step.p99} ms, ${step.achievedPerSecond} req/s answered, ${step.requests} requests, ${step.errors} errors |`);
    }
    for (const [read, k] of Object.entries(run.byLabel ?? {})) {
      lines.push(`| &nbsp;&nbsp;${read} (${run.responseCache ? "cache on" : "cache off"}) | ${k.latency.p50} ms | ${k.latency.p95} ms | p99 ${k.latency.p99} ms, ${k.requests} requests, ${k.errors} errors |`);
    }
  }
  return lines;
}
