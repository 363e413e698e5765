import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// The response cache against real Neo4j: repeated reads come from memory, and no write,
// ours or anyone else's, leaves a stale answer behind.
const db = testDb();
const team = uniqueTeamId("cache");
const CHECK_MS = 150;
// The two origins of the CORS test below are listed: every other origin is refused (guard.ts).
const { app, gql } = testApp(db, { RESPONSE_CACHE_CHECK_MS: String(CHECK_MS), ALLOWED_ORIGINS: "http://a.example,http://b.example" });
const CONSUMERS = `query ($team: ID!) { team(id: $team) { artifact(id: "problem-brief") { consumers { role { id } cadence } } } }`;
type Answer = { team: { artifact: { consumers: { role: { id: string }; cadence: string | null }[] } } };
const consumers = async () => (await gql<Answer>(CONSUMERS, { team })).data?.team.artifact.consumers ?? [];
const cadenceOf = async (role: string) => (await consumers()).find((c) => c.role.id === role)?.cadence;

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
});
afterAll(async () => {
  await db.close();
});

describe("response cache", () => {
  it("answers a repeated query from memory, with no Neo4j round trip", async () => {
    // Its own app, whose commit check does not run again between the two reads: other files
    // write to the same Neo4j meanwhile, and a check that saw that would rightly clear the cache.
    const quiet = testApp(db, { RESPONSE_CACHE_CHECK_MS: "60000" });
    const read = async () => (await quiet.gql<Answer>(CONSUMERS, { team })).data?.team.artifact.consumers ?? [];
    const first = await read();
    expect(first.length).toBeGreaterThan(0);
    const trips = db.stats.roundTrips;
    const hits = quiet.app.cache?.stats.hits ?? 0;
    expect(await read()).toEqual(first);
    expect(db.stats.roundTrips).toBe(trips);
    expect(quiet.app.cache?.stats.hits).toBe(hits + 1);
  });

  it("shows an import through this process on the very next read", async () => {
    const before = await consumers();
    const changed = loadTeam("seed/dpos-data-team.yaml", team);
    const architect = changed.roles.find((r) => r.consumes.some((f) => f.artifact === "problem-brief"));
    const flow = architect?.consumes.find((f) => f.artifact === "problem-brief");
    if (!architect || !flow) throw new Error("the DPOS team has no consumer of problem-brief");
    const cadence = flow.cadence === "quarterly" ? "monthly" : "quarterly";
    expect(await cadenceOf(architect.id)).not.toBe(cadence);
    flow.cadence = cadence;
    await importTeam(db, changed);
    expect(await cadenceOf(architect.id)).toBe(cadence);
    expect(await consumers()).not.toEqual(before);
  });

  it("shows a write by another process once the commit check has run", async () => {
    await consumers(); // cached
    // Another client of the same Neo4j: not our Db, so nothing in this process hears of it.
    const password = process.env.NEO4J_PASSWORD;
    const other = neo4j.driver(process.env.NEO4J_URI ?? "", password ? neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", password) : undefined);
    try {
      await other.executeQuery(`MATCH (:Artifact {team: $team, id: "problem-brief"})<-[f:CONSUMES]-(:Role) SET f.cadence = "outside"`,
        { team }, { database: process.env.NEO4J_DATABASE ?? "neo4j" });
    } finally {
      await other.close();
    }
    await new Promise((done) => setTimeout(done, CHECK_MS + 50));
    expect((await consumers()).every((c) => c.cadence === "outside")).toBe(true);
  });

  it("runs identical queries arriving together once", async () => {
    const fresh = testApp(db);
    const other = `query ($team: ID!) { team(id: $team) { artifact(id: "problem-brief") { name } } }`;
    await fresh.gql(other, { team }); // the freshness check done
    fresh.app.cache?.clear();
    const trips = db.stats.roundTrips;
    const answers = await Promise.all(Array.from({ length: 10 }, () => fresh.gql(other, { team })));
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1);
    expect(answers[0]?.data).toBeTruthy();
    expect(db.stats.roundTrips - trips).toBe(1);
  });

  it("refreshes a busy entry before it expires, and still answers from memory meanwhile", async () => {
    const short = testApp(db, { RESPONSE_CACHE_TTL_MS: "400" });
    await short.gql(CONSUMERS, { team });
    const stored = short.app.cache?.stats.stored ?? 0;
    await new Promise((done) => setTimeout(done, 320)); // past 75% of its life
    const trips = db.stats.roundTrips;
    expect((await short.gql(CONSUMERS, { team })).data).toBeTruthy(); // a hit, refresh started behind it
    await new Promise((done) => setTimeout(done, 200));
    expect(short.app.cache?.stats.stored).toBe(stored + 1);
    expect(db.stats.roundTrips - trips).toBe(1);
    expect((await short.gql(CONSUMERS, { team })).data).toBeTruthy(); // 520 ms after the first: the refreshed entry
    expect(db.stats.roundTrips - trips).toBe(1);
  });

  it("runs identical mutations arriving together each time", async () => {
    const trips = db.stats.roundTrips;
    const dryRun = `mutation { deleteTeam(id: "${team}", confirm: false) { deleted nodes } }`;
    const answers = await Promise.all([gql(dryRun), gql(dryRun), gql(dryRun)]);
    expect(answers.every((a) => (a.data as { deleteTeam: { nodes: number } }).deleteTeam.nodes > 0)).toBe(true);
    expect(db.stats.roundTrips - trips).toBe(3);
  });

  it("never caches a mutation, an error or another caller's scopes", async () => {
    const missing = `query { team(id: "no-such-team") { artifact(id: "x") { id } } }`;
    const stored = app.cache?.stats.stored ?? 0;
    await gql(`query { team(id: $nope) { id } }`); // a validation error
    await gql(`mutation { deleteTeam(id: "no-such-team-${team}", confirm: false) { deleted } }`);
    expect(app.cache?.stats.stored).toBe(stored);
    const first = await gql(missing);
    expect(first.data).toEqual({ team: null });
    expect(app.cache?.stats.stored).toBe(stored + 1); // null is a fine answer to keep

    const secured = testApp(db, { ROLEGRAPH_TOKENS: JSON.stringify([{ name: "ci", token: "a-token-long-enough-1234", scopes: ["read"] }]) });
    expect((await secured.gql(CONSUMERS, { team }, "a-token-long-enough-1234")).data).toBeTruthy();
    const anonymous = await secured.gql(CONSUMERS, { team });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers a browser on another origin with its CORS headers, from memory too", async () => {
    const ask = (origin: string) => app.fetch(new Request("http://127.0.0.1/graphql", {
      method: "POST", headers: { "content-type": "application/json", origin }, body: JSON.stringify({ query: CONSUMERS, variables: { team } }),
    }));
    for (const origin of ["http://a.example", "http://a.example", "http://b.example", "http://b.example"]) {
      const response = await ask(origin);
      expect(response.headers.get("access-control-allow-origin"), origin).toBe(origin);
      expect(response.headers.get("vary")).toContain("Origin");
    }
    expect((await ask("http://a.example")).headers.get("x-rolegraph-cache")).toBe("hit");
  });

  it("is off with RESPONSE_CACHE_TTL_MS=0", async () => {
    const uncached = testApp(db, { RESPONSE_CACHE_TTL_MS: "0" });
    expect(uncached.app.cache).toBeNull();
    await uncached.gql(CONSUMERS, { team });
    const trips = db.stats.roundTrips;
    await uncached.gql(CONSUMERS, { team });
    expect(db.stats.roundTrips).toBeGreaterThan(trips);
  });
});
