// The realistic load alone, against an organisation already in a Neo4j (NEO4J_URI; read only:
// nothing is imported or written), e.g. the persistent XL store:
//
//   set -a; . /work/xl/conn.env; set +a
//   NODE_ENV=production npx tsx bench/realistic-against.ts --cache off --closed 20 --open
//
// The organisation's index (every artifact and role with its team) is read from the graph;
// the API runs as `npm start` runs it, in a process of its own (bench/api-process.ts).
// `--profile DIR` profiles the API's CPU over the measured runs (cpu-profile.mjs, into DIR);
// `--api-env K=V` adds to the API's environment (repeatable); `--url U --pid P` uses an API already running.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Db } from "../apps/api/src/db/driver.ts";
import { rssMb, startApiProcess } from "./api-process.ts";
import { measureLoad } from "./load.ts";
import { measureOpenLoop } from "./open-loop.ts";
import { realisticMix, type OrgIndex } from "./realistic-mix.ts";

const { values } = parseArgs({
  options: {
    cache: { type: "string", default: "off" },
    closed: { type: "string", default: "20" },
    warmup: { type: "string", default: "5" },
    open: { type: "boolean", default: false },
    step: { type: "string", default: "8" },
    profile: { type: "string" },
    "api-env": { type: "string", multiple: true, default: [] },
    /** An API already running (its /graphql URL) and its pid, instead of starting one. */
    url: { type: "string" },
    pid: { type: "string" },
  },
});
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error("NEO4J_URI: the Neo4j holding the organisation (e.g. . /work/xl/conn.env)");
const connection = { uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE ?? "neo4j" };

const db = new Db(connection);
const index = await readIndex(db);
await db.close();
const asOf = new Date().toISOString();
const mix = realisticMix(index, { requests: 200_000, seed: 21, s: 1, asOf });
log(`${index.artifacts.length} artifacts, ${index.roles.length} roles; ${mix.bodies.length} distinct requests`);

const env: Record<string, string> = Object.fromEntries(values["api-env"].map((kv) => kv.split(/=(.*)/s).slice(0, 2) as [string, string]));
if (values.cache === "off") env.RESPONSE_CACHE_TTL_MS = "0";
if (values.profile) Object.assign(env, { NODE_OPTIONS: `--import=${join(import.meta.dirname, "cpu-profile.mjs")}`, CPU_PROFILE_DIR: values.profile });
const api = values.url
  ? { url: values.url, pid: Number(values.pid), rssMb: () => rssMb(Number(values.pid)), stop: async () => {} }
  : await startApiProcess({ ...connection, env, log });
try {
  for (const label of new Set(mix.labels)) {
    const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: mix.bodies[mix.labels.indexOf(label)] });
    await response.arrayBuffer();
  }
  log(`API pid ${api.pid}, RSS ${api.rssMb()} MB after one request of each read`);
  if (values.profile) process.kill(api.pid, "SIGUSR2");
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(api.rssMb()), 250);
  const closedMs = Number(values.closed) * 1000;
  if (closedMs > 0) {
    const load = await measureLoad(api.url, mix.bodies, { clients: 50, warmupMs: Number(values.warmup) * 1000, durationMs: closedMs, sequence: mix.sequence, labels: mix.labels });
    log(`closed loop, 50 clients, cache ${values.cache}: ${load.throughput} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.errors} errors; RSS max ${Math.max(...rss)} MB`);
    for (const [read, k] of Object.entries(load.byLabel ?? {})) log(`  ${read}: ${k.requests} requests, p50 ${k.latency.p50} ms, p99 ${k.latency.p99} ms`);
  }
  if (values.open) {
    const open = await measureOpenLoop(api.url, mix.bodies, mix.sequence, { clients: 50, warmupMs: 1_000, stepMs: Number(values.step) * 1000, seed: 21, log });
    log(`open loop, cache ${values.cache}: highest rate with p99 < 25 ms ${open.highestRateUnder25ms ?? "none"}/s; RSS max ${Math.max(...rss)} MB`);
  }
  clearInterval(sampler);
  if (values.profile) process.kill(api.pid, "SIGUSR2");
  log(`API RSS over the run: max ${Math.max(...rss)} MB, last ${rss.at(-1)} MB`);
} finally {
  await api.stop();
}

/** Every artifact and role with its team, teams and entities in their stored order. */
async function readIndex(from: Db): Promise<OrgIndex> {
  const index: OrgIndex = { artifacts: [], roles: [], rolesByTeam: new Map() };
  const artifacts = await from.query<{ team: string; id: string }>("MATCH (a:Artifact) WHERE a.team IS NOT NULL RETURN a.team AS team, a.id AS id ORDER BY team, a.order");
  for (const a of artifacts) index.artifacts.push({ team: a.team, id: a.id });
  const roles = await from.query<{ team: string; id: string }>("MATCH (r:Role) WHERE r.team IS NOT NULL RETURN r.team AS team, r.id AS id ORDER BY team, r.order");
  for (const r of roles) {
    index.roles.push({ team: r.team, id: r.id });
    index.rolesByTeam.set(r.team, [...(index.rolesByTeam.get(r.team) ?? []), r.id]);
  }
  return index;
}
