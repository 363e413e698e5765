import { createServer, type Server } from "node:http";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { Db } from "../apps/api/src/db/driver.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { loadTeam } from "../test/helpers.ts";
import { subscribe, type Subscription } from "../test/events/sse.ts";
import { openDatabase } from "./neo4j.ts";
import { summarize } from "./stats.ts";

/**
 * The event load check (issue 17): `subscribers` SSE subscribers spread over `instances` API
 * instances (each its own driver and event feed, over one Neo4j, on its own port), while
 * handoffs are submitted at `rate` per second for `seconds`, alternating instances. Then every
 * subscriber must have received every stored event of the team exactly once, in order.
 *
 *   npx tsx bench/events.ts --seconds 60 --rate 50 --subscribers 50 --instances 2
 */
const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    rate: { type: "string", default: "50" },
    subscribers: { type: "string", default: "50" },
    instances: { type: "string", default: "2" },
  },
});
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const SUBSCRIBERS = Number(values.subscribers);
const INSTANCES = Number(values.instances);
const log = (line: string) => process.stderr.write(`${line}\n`);

const BRIEF = {
  customer_problem: "Analysts wait two days for a cohort extract",
  evidence: ["12 support tickets", "An interview", "Extract queue p50 is 46 h"],
  business_rationale: "Renewals", success_criteria: ["Under 10 minutes"], constraints: ["HIPAA"],
  priority_confirmed_by: "Dana", ethical_considerations: "Small cohorts suppressed",
};
const DESIGN = { approach: "Materialised tables", alternatives_considered: ["Live", "Streaming"], appetite_weeks: 4, open_risks: [] };
const FLOWS = { user_flows: ["Pick a cohort"], acceptance_criteria: ["Loads in 2 s"] };
// Three contracts: submissions under one contract are serialized by its lock.
const WORK = [["pm-to-architect", BRIEF], ["architect-to-engineer", DESIGN], ["designer-to-engineer", FLOWS]] as const;

interface Instance { base: string; db: Db; server: Server; close: () => Promise<void> }

async function startInstance(uri: string, user: string, password: string): Promise<Instance> {
  const db = new Db({ uri, user, password, database: process.env.NEO4J_DATABASE ?? "neo4j" });
  const app = createApp({ db, env: parseEnv({ RESPONSE_CACHE_TTL_MS: "0" }), logger: pino({ level: "silent" }) });
  const server = createServer(createServerAdapter(app.fetch));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  return { base, db, server, close: async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    app.close();
    await db.close();
  } };
}

const LIVE = `subscription($team: ID) { handoffEvents(team: $team) { id type handoffId } }`;
const SUBMIT = `mutation($team: ID!, $contract: ID!, $payload: JSON!) { submitHandoff(team: $team, contract: $contract, payload: $payload) { id } }`;
interface Live { handoffEvents: { id: string; type: string; handoffId: string } }

async function main(): Promise<void> {
  const database = await openDatabase({ heap: "1g", pagecache: "256m", log });
  const team = `events-load-${process.pid}`;
  await importTeam(database.db, loadTeam("seed/dpos-data-team.yaml", team));
  const instances = await Promise.all(Array.from({ length: INSTANCES }, () => startInstance(database.uri, database.user, database.password)));
  const received = new Map<Subscription<Live>, number[]>();
  const subs: Subscription<Live>[] = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const instance = instances[i % INSTANCES] as Instance;
    const sub = await subscribe<Live>((r) => fetch(r), `${instance.base}/graphql`, LIVE, { team });
    subs.push(sub);
  }
  // Arrival times, per subscriber, by event id (the event names its handoff).
  const answeredAt = new Map<string, number>();
  const lags: number[] = [];
  const seen = subs.map(() => 0);
  const lagTimer = setInterval(() => {
    subs.forEach((sub, i) => {
      for (; (seen[i] ?? 0) < sub.received.length; seen[i] = (seen[i] ?? 0) + 1) {
        const at = answeredAt.get(sub.received[seen[i] ?? 0]?.handoffEvents.handoffId ?? "");
        if (at !== undefined) lags.push(Date.now() - at);
      }
    });
  }, 20);

  log(`events load: ${SUBSCRIBERS} subscribers on ${INSTANCES} instances, ${RATE} handoffs/s for ${SECONDS} s (team ${team})`);
  const latencies: number[] = [];
  let failures = 0;
  const errors = new Map<string, number>();
  const failed = (why: string) => {
    failures++;
    errors.set(why, (errors.get(why) ?? 0) + 1);
  };
  const inFlight: Promise<void>[] = [];
  const started = Date.now();
  const total = Math.round(RATE * SECONDS);
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    const [contract, payload] = WORK[n % WORK.length] as (typeof WORK)[number];
    const instance = instances[n % INSTANCES] as Instance;
    const sent = Date.now();
    inFlight.push(fetch(`${instance.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: SUBMIT, variables: { team, contract, payload } }) })
      .then(async (r) => {
        const body = (await r.json()) as { data?: { submitHandoff: { id: string } }; errors?: { message: string }[] };
        const id = body.data?.submitHandoff.id;
        if (id === undefined) failed(body.errors?.[0]?.message.slice(0, 120) ?? `HTTP ${r.status}`);
        else {
          answeredAt.set(id, Date.now());
          latencies.push(Date.now() - sent);
        }
      }, (e: unknown) => failed(String((e as Error).message))));
  }
  await Promise.all(inFlight);
  const elapsed = (Date.now() - started) / 1000;
  const stored = (await database.db.query<{ id: number }>(`MATCH (e:HandoffEvent {team: $team}) RETURN e.seq AS id ORDER BY id`, { team })).map((r) => String(r.id));
  // Wait for the stragglers (bounded): every subscriber should reach the stored count.
  const deadline = Date.now() + 60_000;
  while (subs.some((s) => s.received.length < stored.length) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  clearInterval(lagTimer);

  let lost = 0;
  let doubled = 0;
  let outOfOrder = 0;
  for (const sub of subs) {
    const ids = sub.received.map((d) => d.handoffEvents.id);
    received.set(sub, ids.map(Number));
    const unique = new Set(ids);
    doubled += ids.length - unique.size;
    lost += stored.filter((id) => !unique.has(id)).length;
    for (let i = 1; i < ids.length; i++) if (Number(ids[i]) <= Number(ids[i - 1])) outOfOrder++;
  }
  const result = {
    machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 10) / 10) },
    settings: { seconds: SECONDS, rate: RATE, subscribers: SUBSCRIBERS, instances: INSTANCES },
    submitted: total, failed: failures, errors: Object.fromEntries(errors), achievedRate: Math.round((total / elapsed) * 10) / 10, storedEvents: stored.length,
    deliveries: subs.reduce((n, s) => n + s.received.length, 0), expectedDeliveries: stored.length * SUBSCRIBERS,
    lost, doubled, outOfOrder,
    mutationMs: summarize(latencies), deliveryLagMs: summarize(lags),
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  for (const sub of subs) sub.close();
  await Promise.all(instances.map((i) => i.close()));
  await deleteTeam(database.db, team, true);
  await database.close();
  process.exit(lost === 0 && doubled === 0 && outOfOrder === 0 && failures === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  log((error as Error).stack ?? String(error));
  process.exit(1);
});
