// What the tracing hooks cost with tracing off (no SDK registered, the default): a Neo4j
// round trip wrapped in db/telemetry.ts's span against the same work called directly,
// interleaved rounds, best of each. `npx tsx bench/telemetry-off.ts`
// Busy 2-core machine (load 27): before the switch (no-op spans of @opentelemetry/api) +3.6 µs per
// Neo4j round trip and 12.7 µs per request; with tracingSwitch off, within noise (~0.1 µs).
import { neo4jSpan } from "../apps/api/src/db/telemetry.ts";
import { graphqlSpan, httpSpan } from "../apps/api/src/observability/http-span.ts";

const N = 200_000;
const work = () => Promise.resolve(1);
const request = new Request("http://127.0.0.1/graphql", { method: "POST" });
const response = new Response("x");
async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < N; i++) await run();
  return ((performance.now() - started) * 1e6) / N;
}
const best = { direct: Infinity, neo4j: Infinity, request: Infinity };
for (let round = 0; round < 5; round++) {
  best.direct = Math.min(best.direct, await time(work));
  best.neo4j = Math.min(best.neo4j, await time(() => neo4jSpan("neo4j.read", "neo4j", undefined, work, "read")));
  best.request = Math.min(best.request, await time(() => httpSpan(request, "graphql", () => graphqlSpan(request, async () => response))));
}
console.log(`tracing off, ns per call (best of 5 x ${N}): direct ${best.direct.toFixed(0)}, neo4j span ${best.neo4j.toFixed(0)} (+${(best.neo4j - best.direct).toFixed(0)}), http+graphql spans ${best.request.toFixed(0)}`);
