// What checking Neo4j's commit mark before every cached answer costs (RESPONSE_CACHE_CHECK_MS=0,
// for several API instances: docs/deploy.md) against the default 100 ms interval and against no
// cache at all, on one team's consumers query, in one process against one Neo4j:
//   NODE_ENV=production npx tsx bench/cache-check.ts
// One client at a time (interleaved), then 50 at once for each variant in turn.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import { parseTeamDocument } from "@rolegraph/schema";
import { Db } from "../apps/api/src/db/driver.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { openDatabase } from "./neo4j.ts";
import { gqlOver } from "./reads.ts";
import { interleaved, summarize } from "./stats.ts";

const log = (line: string) => console.error(line);
const database = await openDatabase({ heap: "1g", pagecache: "256m", log });
const parsed = parseTeamDocument(readFileSync(join(import.meta.dirname, "../seed/dpos-data-team.yaml"), "utf8"));
if (!parsed.ok) throw new Error("the DPOS seed is invalid");
const team = `cache-check-${process.pid}`;
await importTeam(database.db, { ...parsed.team, team: { ...parsed.team.team, id: team } });
const QUERY = `query ($team: ID!) { team(id: $team) { artifact(id: "problem-brief") { consumers { role { id } cadence } } } }`;

// One Db (driver) per variant, as one process each would have; its commit-mark checks counted.
const variants = { every100ms: { RESPONSE_CACHE_CHECK_MS: "100" }, everyRequest: { RESPONSE_CACHE_CHECK_MS: "0" }, noCache: { RESPONSE_CACHE_TTL_MS: "0" } };
const apps = Object.fromEntries(Object.entries(variants).map(([name, env]) => {
  const db = new Db({ uri: database.uri, user: database.user, password: database.password, database: database.db.database });
  const counted = { checks: 0, db };
  const lastCommit = db.lastCommit.bind(db);
  db.lastCommit = () => {
    counted.checks++;
    return lastCommit();
  };
  const app = createApp({ db, env: parseEnv(env), logger: pino({ level: "silent" }) });
  return [name, { counted, gql: gqlOver(app.fetch, app.yoga.fetchAPI.Request) }];
})) as Record<keyof typeof variants, { counted: { checks: number; db: Db }; gql: ReturnType<typeof gqlOver> }>;

try {
  const one = await interleaved(Object.fromEntries(Object.entries(apps).map(([name, a]) => [name, () => a.gql(QUERY, { team })])) as Record<keyof typeof variants, () => Promise<unknown>>,
    { warmup: 100, runs: 500, pauseMs: 1 });
  for (const [name, s] of Object.entries(one)) log(`one client, ${name}: p50 ${s.p50} ms p95 ${s.p95} ms p99 ${s.p99} ms`);

  const CLIENTS = 50;
  const EACH = 40;
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, a] of Object.entries(apps)) {
      const checks = a.counted.checks;
      const samples: number[] = [];
      const started = performance.now();
      await Promise.all(Array.from({ length: CLIENTS }, async () => {
        for (let i = 0; i < EACH; i++) {
          const t = performance.now();
          await a.gql(QUERY, { team });
          samples.push(performance.now() - t);
        }
      }));
      const s = summarize(samples);
      const seconds = (performance.now() - started) / 1000;
      log(`${CLIENTS} clients (pass ${pass + 1}), ${name}: p50 ${s.p50} ms p99 ${s.p99} ms, ${Math.round(samples.length / seconds)} req/s, ${a.counted.checks - checks} commit checks for ${samples.length} requests`);
    }
  }
} finally {
  for (const a of Object.values(apps)) await a.counted.db.close();
  await database.close();
}
