// The API's overhead over raw Cypher on the reads whose ratio is closest to its bar
// (crossTeamFlows, consumers, impactedRoles), at S or M, in one process against one Neo4j:
//   NODE_ENV=production npx tsx bench/read-overhead.ts [S|M|L] [OTHER_CHECKOUT] [rounds]
// REPLAY=1 replays Neo4j's answers from memory: only the APIs' JavaScript is compared (raw: ~0).
// With OTHER_CHECKOUT, that checkout's API runs interleaved with this one (before/after in
// the same seconds); each round is 150 calls of every variant after 30 warm-up calls.
// `PROFILE=crossTeamFlows` instead calls that read through this API only (run under
// `node --cpu-prof --import tsx`), to see where its time goes.
import { join } from "node:path";
import pino from "pino";
import { importTeam, importTeams } from "../apps/api/src/services/import.ts";
import { crossTeamFlows } from "../apps/api/src/db/organization.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { generateOrganisation, type SizeName } from "../seed/generate.ts";
import { openDatabase } from "./neo4j.ts";
import { exampleOrganisation, ORG_QUERIES, ORG_RAW_CYPHER } from "./org-reads.ts";
import { gqlOver, OUR_QUERIES, pickTargets, RAW_CYPHER, type Gql } from "./reads.ts";
import { interleaved, ratio } from "./stats.ts";
import { replayQueries } from "./replay.ts";

const [size = "S", other, roundsArg = "3"] = process.argv.slice(2);
const log = (line: string) => console.error(line);
// Memory as bench/run.ts gives each size.
const database = await openDatabase(size === "L" ? { heap: "4g", pagecache: "2g", log } : { heap: "1g", pagecache: "256m", log });
try {
  const { db } = database;
  const org = generateOrganisation(size as SizeName);
  // A server of your own (NEO4J_URI) keeps the organisation between runs: imported once.
  const [present] = await db.query("MATCH (t:Team) RETURN count(t) AS n");
  if (!database.ephemeral && Number(present?.n) > org.teams.length) log("organisation already imported");
  else {
    await importTeams(db, org.teams, { jobs: 2 });
    for (const team of exampleOrganisation(join(import.meta.dirname, ".."))) await importTeam(db, team);
  }
  const env = parseEnv({ RESPONSE_CACHE_TTL_MS: "0" });
  const app = (make: typeof createApp): Gql => {
    const a = make({ db, env, logger: pino({ level: "silent" }) });
    return gqlOver(a.fetch, a.yoga.fetchAPI.Request);
  };
  const mine = app(createApp);
  const base = other ? app(((await import(join(other, "apps/api/src/yoga.ts"))) as { createApp: typeof createApp }).createApp) : null;
  const targets = pickTargets(org.teams, 20);
  const artifact = (i: number) => targets.artifacts[i % targets.artifacts.length] ?? {};
  const reads: Record<string, { query: string; raw: string; vars: (i: number) => Record<string, unknown> }> = {
    crossTeamFlows: { query: ORG_QUERIES.crossTeamFlows, raw: ORG_RAW_CYPHER.crossTeamFlows, vars: () => ({}) },
    consumers: { query: OUR_QUERIES.consumers, raw: RAW_CYPHER.consumers, vars: artifact },
    impactedRoles: { query: OUR_QUERIES.impactedRoles, raw: RAW_CYPHER.impactedRoles, vars: artifact },
  };
  const rows = (await db.query(ORG_RAW_CYPHER.crossTeamFlows)).length;
  log(`size ${size}: ${rows} cross-team flows`);
  // REPLAY=1: Neo4j's answers replayed from memory after the first call, so only the API's
  // JavaScript is measured (and profiled) between the records and the response bytes.
  if (process.env.REPLAY) {
    replayQueries(db);
  }
  // PROFILE_ONLY=graphql: nothing else in the profile.
  if (process.env.PROFILE) {
    const read = reads[process.env.PROFILE];
    if (!read) throw new Error(`PROFILE must be one of ${Object.keys(reads).join(", ")}`);
    // This process's CPU per call (the API's own work: Neo4j is another process) and wall time.
    const cost = async (label: string, call: (i: number) => Promise<unknown>) => {
      const [cpu, wall] = [process.cpuUsage(), performance.now()];
      for (let i = 0; i < Number(roundsArg); i++) await call(i);
      const used = process.cpuUsage(cpu);
      const per = (us: number) => Math.round(us / Number(roundsArg)) / 1000;
      log(`${label}: cpu ${per(used.user + used.system)} ms/call, wall ${per((performance.now() - wall) * 1000)} ms/call`);
    };
    // The profile's clock (µs): samples before this are start-up.
    log(`loop starts at ${process.hrtime.bigint() / 1000n}`);
    if (process.env.PROFILE_ONLY === "graphql") await cost("graphql", (i) => mine(read.query, read.vars(i)));
    else for (let pass = 0; pass < 2; pass++) {
      await cost("graphql", (i) => mine(read.query, read.vars(i)));
      await cost("raw", (i) => db.query(read.raw, read.vars(i)));
      if (process.env.PROFILE === "crossTeamFlows") await cost("the resolver's statement", () => crossTeamFlows(db));
    }
  } else {
    for (let round = 0; round < Number(roundsArg); round++) {
      for (const [name, read] of Object.entries(reads)) {
        const variants: Record<string, (i: number) => Promise<unknown>> = {
          after: (i) => mine(read.query, read.vars(i)),
          raw: (i) => db.query(read.raw, read.vars(i)),
          ...(base ? { before: (i: number) => base(read.query, read.vars(i)) } : {}),
        };
        const s = await interleaved(variants, { warmup: 30, runs: name === "crossTeamFlows" && size !== "S" ? 60 : 150, pauseMs: 2 });
        const before = s.before ? `; before ${s.before.p50} ms x${ratio(s.before.p50, s.raw?.p50 ?? 1)}` : "";
        log(`round ${round} ${name}: raw ${s.raw?.p50} ms; after ${s.after?.p50} ms x${ratio(s.after?.p50 ?? 0, s.raw?.p50 ?? 1)}${before}`);
      }
    }
  }
} finally {
  // Our own server only: one named by NEO4J_URI keeps running.
  if (database.ephemeral) await database.close();
  else await database.db.close();
}
