import { request as httpRequest, createServer, type Server } from "node:http";
import { createServerAdapter } from "@whatwg-node/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "../helpers.ts";
import { figures } from "./harness.ts";

// Queries built to make the server or the database work hard are refused with a clear error
// before any of them reaches Neo4j: the Db's round-trip counter does not move.

const db = testDb();
const team = uniqueTeamId("rel-abuse");
const { app } = testApp(db);
let server: Server;
let base = "";

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/examples/startup-team.yaml", team));
  server = createServer(createServerAdapter(app.fetch));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await deleteTeam(db, team, true);
  await db.close();
});

interface Answer { status: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }; ms: number; roundTrips: number }

async function post(body: string, fetchApp = app.fetch): Promise<Answer> {
  const before = db.stats.roundTrips;
  const started = performance.now();
  const response = await fetchApp(new Request("http://127.0.0.1/graphql", { method: "POST", headers: { "content-type": "application/json" }, body }));
  const text = await response.text();
  let parsed: Answer["body"];
  try {
    parsed = JSON.parse(text) as Answer["body"];
  } catch {
    parsed = { errors: [{ message: text.slice(0, 200) }] };
  }
  return { status: response.status, body: parsed, ms: Math.round(performance.now() - started), roundTrips: db.stats.roundTrips - before };
}
const query = (q: string, variables: Record<string, unknown> = {}) => post(JSON.stringify({ query: q, variables }));

/** Deeper than the limit along real fields: an artifact's lineage, upstream in upstream. */
function deepQuery(levels: number): string {
  let q = "id";
  for (let i = 0; i < levels; i++) q = `id upstream { ${q} }`;
  return `query($team: ID!) { team(id: $team) { artifacts { ${q} } } }`;
}

const refusals: string[] = [];
function expectRefused(name: string, answer: Answer, code: string | RegExp, message: RegExp) {
  const error = answer.body.errors?.[0];
  expect(error, `${name}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBeDefined();
  if (typeof code === "string") expect(error?.extensions?.code, name).toBe(code);
  else expect(String(error?.extensions?.code), name).toMatch(code);
  expect(error?.message, name).toMatch(message);
  expect(answer.roundTrips, `${name} reached Neo4j`).toBe(0);
  // Field-level limits (depth, breadth, complexity) answer with the root fields null.
  const data = answer.body.data as Record<string, unknown> | null | undefined;
  expect(Object.values(data ?? {}).every((v) => v === null), name).toBe(true);
  refusals.push(`${name} ${answer.status} ${error?.extensions?.code ?? ""} in ${answer.ms} ms`);
}

describe("abusive queries", () => {
  it("a normal query passes and does reach Neo4j (the counter works)", async () => {
    const answer = await query(`query($team: ID!) { team(id: $team) { roles { id consumes { artifact { id } } } } }`, { team });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.roundTrips).toBeGreaterThan(0);
  });

  it("deep, wide, complex, aliased, batched and cyclic queries are refused before Neo4j", async () => {
    expectRefused("nested 20 deep", await query(deepQuery(20), { team }), "QUERY_TOO_COMPLEX", /depth is \d+, above the limit of 12/);
    // Far deeper than any schema allows, as raw syntax: a parser that recursed per level would overflow.
    const absurd = `{ team(id: "x") { artifacts { ${"upstream { ".repeat(2_100)}id${" }".repeat(2_100)} } } }`;
    const absurdAnswer = await post(JSON.stringify({ query: absurd }));
    expectRefused("nested 2,100 deep", absurdAnswer, "QUERY_TOO_COMPLEX", /nests brackets 2103 deep; the limit is 200/);

    const wideFields = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? "id" : "name")).join(" ");
    expectRefused("400 fields wide", await query(`query($team: ID!) { team(id: $team) { roles { ${wideFields} } } }`, { team }), "QUERY_TOO_COMPLEX", /breadth is \d+, above the limit/);
    // Lists in lists, each branching four ways: within the depth limit, far past the complexity limit.
    const fan = (levels: number): string => levels === 0 ? "id" : ["consumes", "produces"].map((flows) =>
      `${flows} { artifact { consumers { role { ${fan(levels - 1)} } } producers { role { ${fan(levels - 1)} } } } }`).join(" ");
    const complex = `query($team: ID!) { team(id: $team) { roles { ${fan(2)} } } }`;
    expectRefused("lists in lists, 11 deep, fanning out", await query(complex, { team }), "QUERY_TOO_COMPLEX", /complexity is \d+, above the limit of 20000/);

    const aliases = (n: number) => `query($team: ID!) { ${Array.from({ length: n }, (_, i) => `a${i}: team(id: $team) { id }`).join(" ")} }`;
    expectRefused("31 aliases", await query(aliases(31), { team }), "QUERY_TOO_COMPLEX", /more than 30 aliases/);
    const manyAliases = await query(aliases(20_000), { team });
    expectRefused("20,000 aliases", manyAliases, "QUERY_TOO_COMPLEX", /aliases/);
    expect(manyAliases.ms, "20,000 aliases must be refused quickly, not validated pair by pair").toBeLessThan(3_000);

    const batch = JSON.stringify(Array.from({ length: 50 }, () => ({ query: `query($team: ID!) { team(id: $team) { id } }`, variables: { team } })));
    const batched = await post(batch);
    expectRefused("a batch of 50 operations", batched, /.+/, /Batching is not supported/);

    const cycle = `query { teams { ...a } } fragment a on Team { roles { id } ...b } fragment b on Team { ...a }`;
    expectRefused("fragment cycle", await query(cycle), /.+/, /Cannot spread fragment "a" within itself/);

    const twoOps = `query A { teams { id } } query B { teams { id } }`;
    expectRefused("two operations, none chosen", await query(twoOps), /.+/, /Could not determine what operation to execute/);
  });

  it("request bodies have a size limit, announced or streamed", async () => {
    const big = JSON.stringify({ query: `mutation($doc: String!) { importTeam(document: $doc) { changed } }`, variables: { doc: "x".repeat(13 * 1024 * 1024) } });
    // Announced: Content-Length over MAX_BODY_BYTES (12 MiB) is refused before the body is read.
    const announced = await rawPost(big, false);
    expect(announced.status).toBe(413);
    expect(announced.text).toMatch(/the limit is 12582912/);
    // Streamed without a length (chunked): refused all the same once the limit is passed.
    const streamed = await rawPost(big, true);
    expect(streamed.status).toBe(413);
    expect(streamed.text).toMatch(/the limit is 12582912/);
    // A small limit is configurable.
    const small = testApp(db, { MAX_BODY_BYTES: "2048" });
    const answer = await post(JSON.stringify({ query: `{ teams { id } }`, variables: { pad: "x".repeat(4096) } }), small.app.fetch);
    expect(answer.status).toBe(413);
    expect(answer.roundTrips).toBe(0);
    refusals.push(`13 MiB body with Content-Length ${announced.status}, 13 MiB chunked body ${streamed.status}, 4 KB body under MAX_BODY_BYTES=2048 ${answer.status}`);
  });

  it("introspection can be turned off", async () => {
    const introspection = `{ __schema { types { name } } }`;
    expect((await query(introspection)).body.errors).toBeUndefined();
    const closed = testApp(db, { GRAPHQL_INTROSPECTION: "false" });
    const answer = await post(JSON.stringify({ query: introspection }), closed.app.fetch);
    expectRefused("introspection with GRAPHQL_INTROSPECTION=false", answer, /.+/, /introspection/i);
    const typeQuery = await post(JSON.stringify({ query: `{ __type(name: "Team") { fields { name } } }` }), closed.app.fetch);
    expectRefused("__type with GRAPHQL_INTROSPECTION=false", typeQuery, /.+/, /introspection/i);
    const normal = await post(JSON.stringify({ query: `query($team: ID!) { team(id: $team) { id } }`, variables: { team } }), closed.app.fetch);
    expect(normal.body.errors).toBeUndefined();
  });

  it("figures", () => {
    figures("abusive queries", `${refusals.length} kinds refused, Neo4j round trips caused by them 0: ${refusals.join("; ")}`);
  });
});

/** A POST over real HTTP, with Content-Length or chunked (no length), so the server sees what clients send. */
function rawPost(body: string, chunked: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${base}/graphql`);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST",
      headers: { "content-type": "application/json", ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": Buffer.byteLength(body) }) } }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (chunk: Buffer) => parts.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString() }));
    });
    // The server may answer and close before it has read everything: that is the point.
    req.on("error", (error) => (/EPIPE|ECONNRESET/.test(String(error)) ? undefined : reject(error)));
    const data = Buffer.from(body);
    for (let i = 0; i < data.length; i += 64 * 1024) req.write(data.subarray(i, i + 64 * 1024));
    req.end();
  });
}
