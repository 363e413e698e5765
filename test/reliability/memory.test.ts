import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { PLAN_CACHE_LIMITS } from "../../apps/api/src/plan/plan-cache.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "../helpers.ts";
import { figures } from "./harness.ts";

// Issue 22, item 4: memory grew with every distinct query text (graphql-jit's module-level
// memoization kept every compiled document's field nodes, and nothing bounded the rest).
// 20,000 distinct small queries through the real app (response cache on, as by default):
// the heap after GC may grow by the bounded caches' worth and no more.

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapAfterGc = () => {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => bytes / 1024 / 1024;

const db = testDb();
const team = uniqueTeamId("rel-memory");
const { app, gql } = testApp(db);

beforeAll(async () => {
  const doc = JSON.stringify(loadTeam("seed/examples/startup-team.yaml", team));
  const imported = await gql(`mutation($doc: String!) { importTeam(document: $doc) { changed } }`, { doc });
  expect(imported.errors).toBeUndefined();
});
afterAll(async () => {
  await deleteTeam(db, team, true);
  await db.close();
});

const QUERIES = 20_000;
const CONCURRENCY = 16;
/** What the plan cache and response cache may hold at their limits, plus the driver's pools: the old code grew ~5x this. */
const HEAP_GROWTH_BOUND_MB = 60;

/** A distinct small query: its own alias and operation name, so each text is compiled anew. */
const query = (i: number) => `query Q${i}($team: ID!) { team(id: $team) { id n${i}: name } }`;

async function send(from: number, to: number): Promise<number> {
  let errors = 0;
  let next = from;
  const worker = async () => {
    while (next < to) {
      const i = next++;
      const answer = await gql(query(i), { team });
      if (answer.errors || answer.status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return errors;
}

describe("memory", () => {
  it(`${QUERIES} distinct queries: heap after GC grows less than ${HEAP_GROWTH_BOUND_MB} MB`, async () => {
    // Warm-up: the schema's own lazily built structures, the driver's connections.
    expect(await send(QUERIES, QUERIES + 500)).toBe(0);
    const heapStart = heapAfterGc();
    const rssStart = process.memoryUsage().rss;
    const started = performance.now();
    const errors = await send(0, QUERIES);
    const seconds = (performance.now() - started) / 1000;
    const heapEnd = heapAfterGc();
    const rssEnd = process.memoryUsage().rss;
    const growth = mb(heapEnd - heapStart);
    figures("memory", `${QUERIES} distinct queries in ${seconds.toFixed(1)} s, ${CONCURRENCY} at a time, in process: heap after GC ` +
      `${mb(heapStart).toFixed(0)} -> ${mb(heapEnd).toFixed(0)} MB (+${growth.toFixed(1)}, bound ${HEAP_GROWTH_BOUND_MB}), ` +
      `RSS ${mb(rssStart).toFixed(0)} -> ${mb(rssEnd).toFixed(0)} MB, errors ${errors}; plans kept ${app.plans.size.entries} ` +
      `(${mb(app.plans.size.bytes).toFixed(1)} MB counted), answers kept ${app.cache?.size.entries} (${mb(app.cache?.size.bytes ?? 0).toFixed(1)} MB counted)`);
    expect(errors).toBe(0);
    expect(app.plans.size.entries).toBeLessThanOrEqual(PLAN_CACHE_LIMITS.maxEntries);
    expect(growth).toBeLessThan(HEAP_GROWTH_BOUND_MB);
  });
});
