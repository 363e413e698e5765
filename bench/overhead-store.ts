// GraphQL / raw Cypher on the point reads against a Neo4j that already holds an organisation
// (the persistent XL one: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD), read only: no schema
// statements, no import. Targets are the `reads` of the file the organisation was loaded
// with (loadOrganisation's ReadTargets, e.g. /work/xl/org.json):
//   NODE_ENV=production npx tsx bench/overhead-store.ts TARGETS.json [OTHER_CHECKOUT] [rounds] [runs]
// With OTHER_CHECKOUT, that checkout's API runs interleaved with this one ("before").
// Each round: every read, GraphQL, raw and before interleaved, 2 ms pause before each call
// (as bench/run.ts measures reads).
// PROFILE=consumers: only that read through this API, `runs` times back to back (run under
// `node --cpu-prof --import tsx`); REPLAY=1 replays Neo4j's answers from memory.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import { Db } from "../apps/api/src/db/driver.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { gqlOver, OUR_QUERIES, RAW_CYPHER, type Gql, type ReadTargets } from "./reads.ts";
import { interleaved, ratio } from "./stats.ts";
import { replayQueries } from "./replay.ts";

const [targetsFile, other, roundsArg = "3", runsArg = "300"] = process.argv.slice(2);
if (!targetsFile) throw new Error("usage: bench/overhead-store.ts TARGETS.json [OTHER_CHECKOUT] [rounds] [runs]");
const log = (line: string) => console.error(line);
const targets = (JSON.parse(readFileSync(targetsFile, "utf8")) as { reads: ReadTargets }).reads;
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error("NEO4J_URI: the Neo4j holding the organisation");
const db = new Db({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: "neo4j" });
try {
  const env = parseEnv({ RESPONSE_CACHE_TTL_MS: "0" });
  const app = (make: typeof createApp): Gql => {
    const a = make({ db, env, logger: pino({ level: "silent" }) });
    return gqlOver(a.fetch, a.yoga.fetchAPI.Request);
  };
  const mine = app(createApp);
  const base = other && other !== "-" ? app(((await import(join(other, "apps/api/src/yoga.ts"))) as { createApp: typeof createApp }).createApp) : null;
  const pick = <T>(list: readonly T[], i: number): T => {
    const item = list[i % list.length];
    if (item === undefined) throw new Error("no targets");
    return item;
  };
  const reads = {
    consumers: { query: OUR_QUERIES.consumers, raw: RAW_CYPHER.consumers, vars: (i: number) => pick(targets.artifacts, i) },
    impactedRoles: { query: OUR_QUERIES.impactedRoles, raw: RAW_CYPHER.impactedRoles, vars: (i: number) => pick(targets.artifacts, i) },
    roleFlows: { query: OUR_QUERIES.roleFlows, raw: RAW_CYPHER.roleFlows, vars: (i: number) => pick(targets.roles, i) },
    contextChain: { query: OUR_QUERIES.contextChain, raw: RAW_CYPHER.contextChain, vars: (i: number) => pick(targets.chains, i) },
  } as Record<string, { query: string; raw: string; vars: (i: number) => Record<string, unknown> }>;
  const only = process.env.READS?.split(",");
  if (process.env.REPLAY) {
    replayQueries(db);
  }
  if (process.env.CPU) {
    // This process's CPU per call, this API and the other checkout's taking turns call by call
    // (REPLAY=1 makes it the APIs' JavaScript alone; collections land on either alike): the
    // median over `rounds` blocks of `runs` calls each.
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
    const cpuOf = async (call: () => Promise<unknown>) => {
      const cpu = process.cpuUsage();
      await call();
      const used = process.cpuUsage(cpu);
      return used.user + used.system;
    };
    for (const [name, read] of Object.entries(reads)) {
      if (only && !only.includes(name)) continue;
      const a: number[] = [];
      const b: number[] = [];
      for (let round = 0; round < Number(roundsArg); round++) {
        let [sa, sb] = [0, 0];
        for (let i = 0; i < Number(runsArg); i++) {
          sa += await cpuOf(() => mine(read.query, read.vars(i)));
          if (base) sb += await cpuOf(() => base(read.query, read.vars(i)));
        }
        a.push(sa / Number(runsArg));
        b.push(sb / Number(runsArg));
      }
      log(`${name}: cpu per call after ${Math.round(median(a))} µs${base ? `, before ${Math.round(median(b))} µs` : ""} (median of ${roundsArg} blocks of ${runsArg})`);
    }
  } else if (process.env.PROFILE) {
    const read = reads[process.env.PROFILE];
    if (!read) throw new Error(`PROFILE must be one of ${Object.keys(reads).join(", ")}`);
    for (let pass = 0; pass < 2; pass++) {
      for (const [label, call] of [["graphql", (i: number) => mine(read.query, read.vars(i))], ["raw", (i: number) => db.query(read.raw, read.vars(i))]] as const) {
        const [cpu, wall] = [process.cpuUsage(), performance.now()];
        for (let i = 0; i < Number(runsArg); i++) await call(i);
        const used = process.cpuUsage(cpu);
        const per = (us: number) => Math.round(us / Number(runsArg)) / 1000;
        log(`pass ${pass} ${label}: cpu ${per(used.user + used.system)} ms/call, wall ${per((performance.now() - wall) * 1000)} ms/call`);
      }
    }
  } else {
    for (let round = 0; round < Number(roundsArg); round++) {
      for (const [name, read] of Object.entries(reads)) {
        if (only && !only.includes(name)) continue;
        const variants: Record<string, (i: number) => Promise<unknown>> = {
          after: (i) => mine(read.query, read.vars(i)),
          raw: (i) => db.query(read.raw, read.vars(i)),
          ...(base ? { before: (i: number) => base(read.query, read.vars(i)) } : {}),
        };
        const s = await interleaved(variants, { warmup: 30, runs: Number(runsArg), pauseMs: 2 });
        const before = s.before ? `; before ${s.before.p50} ms x${ratio(s.before.p50, s.raw?.p50 ?? 1)}` : "";
        log(`round ${round} ${name}: raw ${s.raw?.p50} ms; after ${s.after?.p50} ms x${ratio(s.after?.p50 ?? 0, s.raw?.p50 ?? 1)}${before}  [load ${(await import("node:os")).loadavg()[0]?.toFixed(1)}]`);
      }
    }
  }
} finally {
  await db.close();
}
