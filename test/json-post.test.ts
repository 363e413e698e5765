import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// JSON POSTs are answered without yoga's HTTP plumbing (apps/api/src/graphql-http.ts): every
// answer must be the one yoga itself gives, errors, status codes and media types included.
const db = testDb();
const team = uniqueTeamId("jsonpost");
const TOKENS = [{ name: "reader", token: "reader-token-0123456789", scopes: ["read"] }];
// "A browser's request" below comes from a listed origin: every other origin is refused (guard.ts).
const { app } = testApp(db, { RESPONSE_CACHE_TTL_MS: "0", ROLEGRAPH_TOKENS: JSON.stringify(TOKENS), HOST: "0.0.0.0", ALLOWED_ORIGINS: "http://example.org" });
const READER = { authorization: "Bearer reader-token-0123456789" };

beforeAll(() => importTeam(db, loadTeam("seed/dpos-data-team.yaml", team)));
afterAll(() => db.close());

const CONSUMERS = `query ($team: ID!) { team(id: $team) { artifact(id: "problem-brief") { id consumers { role { id name } cadence stage { id } } } } }`;
const CASES: [string, Record<string, string>, string][] = [
  ["a read", READER, JSON.stringify({ query: CONSUMERS, variables: { team } })],
  ["a read, graphql-response+json", { ...READER, accept: "application/graphql-response+json" }, JSON.stringify({ query: CONSUMERS, variables: { team } })],
  ["two operations, one named", READER, JSON.stringify({ query: `query A { teams { id } } query B { team(id: "${team}") { id } }`, operationName: "B" })],
  ["two operations, none named", READER, JSON.stringify({ query: `query A { teams { id } } query B { teams { id } }` })],
  ["nulls for absent parameters", READER, JSON.stringify({ query: `{ team(id: "${team}") { id } }`, variables: null, operationName: null, extensions: null })],
  ["a missing team", READER, JSON.stringify({ query: `{ team(id: "no-such-team") { id } }` })],
  ["no token", {}, JSON.stringify({ query: CONSUMERS, variables: { team } })],
  ["a mutation without write scope", READER, JSON.stringify({ query: `mutation { deleteTeam(id: "${team}") { deleted } }` })],
  ["an unknown field", READER, JSON.stringify({ query: `{ teams { nope } }` })],
  ["an unknown field, graphql-response+json", { ...READER, accept: "application/graphql-response+json" }, JSON.stringify({ query: `{ teams { nope } }` })],
  ["a syntax error", READER, JSON.stringify({ query: `{ teams { id }` })],
  ["a missing variable", READER, JSON.stringify({ query: CONSUMERS })],
  ["a variable of the wrong type", READER, JSON.stringify({ query: CONSUMERS, variables: { team: [1] } })],
  ["nesting past the limit", READER, JSON.stringify({ query: `{ teams { id ${"{".repeat(40)} } }` })],
  ["invalid JSON", READER, `{"query": "{ teams { id } }"`],
  ["invalid JSON, graphql-response+json", { ...READER, accept: "application/graphql-response+json" }, `{"query": "{ teams { id } }"`],
  ["an empty body", READER, ""],
  ["a syntax error, graphql-response+json", { ...READER, accept: "application/graphql-response+json" }, JSON.stringify({ query: `{ teams { id }` })],
  ["a batch", READER, JSON.stringify([{ query: `{ teams { id } }` }])],
  ["an unexpected parameter", READER, JSON.stringify({ query: `{ teams { id } }`, other: 1 })],
  ["variables that are not an object", READER, JSON.stringify({ query: `{ teams { id } }`, variables: [1] })],
  ["an event stream asked for", { ...READER, accept: "text/event-stream" }, JSON.stringify({ query: `{ teams { id } }` })],
  ["a browser's request", { ...READER, origin: "http://example.org" }, JSON.stringify({ query: `{ teams { id } }` })],
];

const post = (headers: Record<string, string>, body: string) =>
  new Request("http://127.0.0.1/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
async function answer(response: Response) {
  return { status: response.status, type: response.headers.get("content-type"), vary: response.headers.get("vary"), body: await response.text() };
}

describe("JSON POSTs answered without yoga's HTTP plumbing", () => {
  // yoga.fetch and app.fetch share the plan cache: the first call plans the text, the
  // next ones run its plan (apps/api/src/plan/). Every answer must be yoga's.
  it.each(CASES)("%s: the same answer as yoga's, first and second time", async (_name, headers, body) => {
    const yogas = await answer(await app.yoga.fetch(post(headers, body)));
    expect(await answer(await app.fetch(post(headers, body)))).toEqual(yogas);
    expect(await answer(await app.fetch(post(headers, body)))).toEqual(yogas);
  });

  it("compiles a valid query once, and never a mutation or an invalid text", async () => {
    await app.fetch(post(READER, JSON.stringify({ query: CONSUMERS, variables: { team } })));
    const misses = app.plans.stats.misses;
    await app.fetch(post(READER, JSON.stringify({ query: CONSUMERS, variables: { team } })));
    expect(app.plans.stats.misses).toBe(misses);
    expect(app.plans.get(CONSUMERS).operation(undefined)).toMatchObject({ kind: "query", compiled: expect.anything() });
    expect(app.plans.get(`mutation { deleteTeam(id: "${team}") { deleted } }`).operation(undefined)).toEqual({ kind: "mutation", compiled: null });
    expect(app.plans.get(`{ teams { nope } }`).operation(undefined)).toEqual({ kind: null, compiled: null });
    expect(app.plans.get(`{ teams { nope } }`).validationErrors).toHaveLength(1);
  });

  it("answers what is not GraphQL over HTTP 400, and a refused text 400 only under graphql-response+json", async () => {
    const status = async (name: string) => {
      const [, headers, body] = CASES.find(([named]) => named === name) ?? [];
      return (await app.fetch(post(headers ?? {}, body ?? ""))).status;
    };
    expect(await status("invalid JSON")).toBe(400);
    expect(await status("invalid JSON, graphql-response+json")).toBe(400);
    expect(await status("an empty body")).toBe(400);
    expect(await status("variables that are not an object")).toBe(400);
    expect(await status("a syntax error")).toBe(200);
    expect(await status("a syntax error, graphql-response+json")).toBe(400);
    expect(await status("an unknown field, graphql-response+json")).toBe(400);
  });

  it("gives the data, not an error, for the common read", async () => {
    const response = await app.fetch(post(READER, JSON.stringify({ query: CONSUMERS, variables: { team } })));
    const body = (await response.json()) as { data: { team: { artifact: { consumers: unknown[] } } } };
    expect(response.status).toBe(200);
    expect(body.data.team.artifact.consumers.length).toBeGreaterThan(1);
  });
});
