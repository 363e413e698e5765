import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseTeamDocument } from "@rolegraph/schema";
import { afterAll, describe, expect, it } from "vitest";
import { ensureSchema } from "../../apps/api/src/db/constraints.ts";
import { Db } from "../../apps/api/src/db/driver.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../apps/api/src/db/local-neo4j.ts";
import { exportTeam } from "../../apps/api/src/db/team-store.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, uniqueTeamId } from "../helpers.ts";
import { figures, sized, sleep } from "./harness.ts";

// Its own Neo4j (not the run's shared one), stopped in the middle of a stream of reads and
// writes and started again on the same data directory and port. The API keeps answering,
// with NEO4J_UNAVAILABLE / 503 while the database is away, and recovers by itself.

const dataDir = mkdtempSync(join(tmpdir(), "rolegraph-outage-neo4j-"));
let neo4j: LocalNeo4j | undefined;
let db: Db | undefined;
afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const team = uniqueTeamId("rel-outage");
const base = loadTeam("seed/examples/startup-team.yaml", team);
// Two versions of the team the workload keeps importing in turn: the end state must be one of them, whole.
const VERSIONS = ["A", "B"].map((v) => ({
  ...base, team: { ...base.team, name: `Startup team, version ${v}` },
  roles: v === "A" ? base.roles : [...base.roles, { id: "observer", name: "Observer", engagement: {}, consumes: [], produces: [] }],
}));
const CONTRACT = base.contracts[0]?.id ?? "";

type Outcome = { kind: "read" | "submit" | "import"; phase: "before" | "outage" | "after"; ok: boolean; code?: string; status: number; ms: number; key?: string; id?: string; version?: number };

describe("Neo4j outage", () => {
  it("answers 503 while Neo4j is down, recovers without a restart, loses no acknowledged write and keeps no half write", async () => {
    neo4j = await startLocalNeo4j({ dataDir, port: 0, heap: "512m", pagecache: "64m" });
    const uri = neo4j.uri;
    db = new Db({ uri, user: neo4j.user, password: neo4j.password, database: "neo4j" });
    await ensureSchema(db);
    const { app } = testApp(db);
    const call = async (query: string, variables: Record<string, unknown>) => {
      const started = performance.now();
      const hang = sleep(45_000).then(() => "hang" as const);
      const response = await Promise.race([app.fetch(new Request("http://127.0.0.1/graphql", {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })), hang]);
      if (response === "hang") throw new Error(`no answer within 45 s: ${query.slice(0, 80)}`);
      const body = (await response.json()) as { data?: Record<string, { id?: string } | null>; errors?: { extensions?: { code?: string } }[] };
      return { status: response.status, body, ms: Math.round(performance.now() - started) };
    };
    const importDoc = (v: number) => call(`mutation($doc: String!) { importTeam(document: $doc) { changed errors { message } } }`, { doc: JSON.stringify(VERSIONS[v]) });
    expect((await importDoc(0)).body.errors).toBeUndefined();

    let phase: Outcome["phase"] = "before";
    let running = true;
    let n = 0;
    const outcomes: Outcome[] = [];
    const worker = async (w: number) => {
      while (running) {
        const i = n++;
        const kind: Outcome["kind"] = i % 5 === 4 ? "import" : i % 2 === 0 ? "read" : "submit";
        const at = phase;
        const key = `outage-${i}`;
        const version = i % 2;
        const answer = kind === "read"
          ? await call(`query($team: ID!) { team(id: $team) { id roles { id consumes { artifact { id } } } } }`, { team })
          : kind === "submit"
            ? await call(`mutation($team: ID!, $c: ID!, $key: String) { submitHandoff(team: $team, contract: $c, payload: { note: "x" }, idempotencyKey: $key) { id } }`, { team, c: CONTRACT, key })
            : await importDoc(version);
        const code = answer.body.errors?.[0]?.extensions?.code;
        outcomes.push({ kind, phase: at, ok: !answer.body.errors, status: answer.status, ms: answer.ms,
          ...(code ? { code } : {}), ...(kind === "submit" ? { key, id: answer.body.data?.submitHandoff?.id } : {}), ...(kind === "import" ? { version } : {}) });
        if (answer.body.errors) await sleep(100 + w * 10); // a client backing off
      }
    };
    const workers = Array.from({ length: 4 }, (_, w) => worker(w));

    await sleep(sized(2_000, 10_000));
    phase = "outage";
    const stopStarted = performance.now();
    await neo4j.stop();
    const stopMs = Math.round(performance.now() - stopStarted);
    const health = await app.fetch(new Request("http://127.0.0.1/healthz"));
    const healthBody = (await health.json()) as { status: string; neo4j: string };
    expect(health.status).toBe(503);
    expect(healthBody.status).toBe("degraded");
    // A request made while Neo4j is away: a clear 503 once the driver's retry budget is spent, not a hang.
    const down = await call(`query($team: ID!) { team(id: $team) { id } }`, { team });
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0]?.extensions?.code).toBe("NEO4J_UNAVAILABLE");
    expect(down.ms).toBeLessThan(30_000);
    await sleep(sized(2_000, 20_000));

    const restartStarted = performance.now();
    neo4j = await startLocalNeo4j({ dataDir, port: Number(new URL(uri.replace("bolt:", "http:")).port), heap: "512m", pagecache: "64m" });
    expect(neo4j.uri, "restarted on the same port").toBe(uri);
    const restartMs = Math.round(performance.now() - restartStarted);
    // Recovery: the same app and driver, no restart of either.
    const recoverStarted = performance.now();
    for (;;) {
      const probe = await call(`{ teams { id } }`, {});
      if (!probe.body.errors) break;
      expect(performance.now() - recoverStarted, "recovered within 60 s").toBeLessThan(60_000);
      await sleep(200);
    }
    const recoverMs = Math.round(performance.now() - recoverStarted);
    const healthAfter = await app.fetch(new Request("http://127.0.0.1/healthz"));
    expect(healthAfter.status).toBe(200);
    phase = "after";
    const afterFrom = outcomes.length;
    await sleep(sized(2_000, 10_000));
    running = false;
    await Promise.all(workers);

    // During the outage: every failure is NEO4J_UNAVAILABLE with HTTP 503, none hung.
    const failed = outcomes.filter((o) => !o.ok);
    const unclear = failed.filter((o) => o.code !== "NEO4J_UNAVAILABLE" || o.status !== 503);
    expect(unclear.map((o) => `${o.kind} ${o.phase} ${o.code} ${o.status}`)).toEqual([]);
    const outage = outcomes.filter((o) => o.phase === "outage");
    const slowest = Math.max(...outage.map((o) => o.ms), down.ms);
    expect(slowest, "no request waits past the driver's budgets (10 s retry, 5 s connect)").toBeLessThan(30_000);
    // After recovery (once the stream started after it): no error at all.
    const lateErrors = outcomes.slice(afterFrom).filter((o) => o.phase === "after" && !o.ok);
    expect(lateErrors.map((o) => `${o.kind} ${o.code}`)).toEqual([]);

    // Every acknowledged submission is there, once, whole; a failed one is absent or whole.
    const rows = await db.query<{ key: string; id: string; seq: number; under: number; by: number; payload: string | null }>(
      `MATCH (h:Handoff {team: $team}) RETURN h.idempotencyKey AS key, h.id AS id, h.seq AS seq,
         COUNT { (h)-[:UNDER]->(:Contract) } AS under, COUNT { (h)-[:SUBMITTED_BY]->(:Role) } AS by, h.payload AS payload`, { team });
    const stored = new Map(rows.map((r) => [r.key, r]));
    const whole = (r: (typeof rows)[number]) => r.under === 1 && r.by === 1 && r.payload === JSON.stringify({ note: "x" }) && r.id === `${CONTRACT}/${r.seq}`;
    const submits = outcomes.filter((o) => o.kind === "submit");
    const acknowledged = submits.filter((o) => o.ok);
    const ackFound = acknowledged.filter((o) => { const r = stored.get(o.key ?? ""); return r && r.id === o.id && whole(r); });
    const failedSubmits = submits.filter((o) => !o.ok);
    const failedWhole = failedSubmits.filter((o) => { const r = stored.get(o.key ?? ""); return r && whole(r); });
    const failedHalf = failedSubmits.filter((o) => { const r = stored.get(o.key ?? ""); return r && !whole(r); });
    expect(ackFound.length).toBe(acknowledged.length);
    expect(failedHalf.length).toBe(0);
    expect(rows.length).toBe(ackFound.length + failedWhole.length);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(rows.length);
    // The team is one of the two versions, whole.
    const exported = parseTeamDocument(JSON.stringify(await exportTeam(db, team)));
    const asVersion = VERSIONS.findIndex((v) => exported.ok && JSON.stringify(exported.team) === JSON.stringify(parseTeamDocument(JSON.stringify(v)).ok ? (parseTeamDocument(JSON.stringify(v)) as { team: unknown }).team : null));
    expect(asVersion).toBeGreaterThanOrEqual(0);

    const ackBefore = acknowledged.filter((o) => o.phase === "before");
    figures("Neo4j outage", `requests ${outcomes.length} (before ${outcomes.filter((o) => o.phase === "before").length}, during ${outage.length}, after ${outcomes.filter((o) => o.phase === "after").length}); ` +
      `during the outage answered 503 NEO4J_UNAVAILABLE ${outage.filter((o) => !o.ok).length + 1} (a fresh read after the stop in ${down.ms} ms), rode through on retries ${outage.filter((o) => o.ok).length}, unclear errors ${unclear.length}, hangs 0, slowest answer ${slowest} ms; ` +
      `/healthz 503 degraded while down; Neo4j stopped in ${stopMs} ms, restarted on the same port in ${restartMs} ms, API recovered ${recoverMs} ms later without a restart; ` +
      `writes acknowledged before the outage ${ackBefore.length}, found after ${ackBefore.filter((o) => ackFound.includes(o)).length}; all acknowledged ${acknowledged.length}, found ${ackFound.length}; ` +
      `failed writes ${failedSubmits.length}: absent ${failedSubmits.length - failedWhole.length - failedHalf.length}, whole ${failedWhole.length}, half there ${failedHalf.length}; ` +
      `team is version ${"AB"[asVersion]} whole`);
  });
});
