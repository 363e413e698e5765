import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// Queries run compiled (graphql-jit, GRAPHQL_JIT=true, the default): every answer must be
// the standard executor's, data, errors and masking included.
const db = testDb();
const team = uniqueTeamId("jit");
const TOKENS = [{ name: "reader", token: "reader-token-0123456789", scopes: ["read"] }];
const env = { RESPONSE_CACHE_TTL_MS: "0", ROLEGRAPH_TOKENS: JSON.stringify(TOKENS), HOST: "0.0.0.0" };
const compiled = testApp(db, env).app;
const standard = testApp(db, { ...env, GRAPHQL_JIT: "false" }).app;
const READER = { authorization: "Bearer reader-token-0123456789" };

beforeAll(() => importTeam(db, loadTeam("seed/dpos-data-team.yaml", team)));
afterAll(() => db.close());

const DEPTH_99 = `query ($team: ID!) { team(id: $team) { artifacts { impactedRoles(depth: 99) { id } } } }`;
const CASES: [string, string, Record<string, unknown>, Record<string, string>?][] = [
  ["consumers", `query ($team: ID!) { team(id: $team) { artifact(id: "problem-brief") { id consumers { role { id name purpose } cadence stage { id name } } } } }`, { team }],
  ["a role's flows", `query ($team: ID!) { team(id: $team) { role(id: "data-engineer") { id consumes { artifact { id name format } cadence stage { id } } produces { artifact { id } } } } }`, { team }],
  ["impact and lineage", `query ($team: ID!) { team(id: $team) { artifacts { id external upstream(depth: 2) { id } impactedRoles(depth: 3) { id name } } } }`, { team }],
  ["fragments and aliases", `query ($team: ID!) { team(id: $team) { a: role(id: "data-engineer") { ...R } b: roles { ...R } } } fragment R on Role { id name owner }`, { team }],
  ["the gap report", `query ($team: ID!) { team(id: $team) { gapReport { findings { rule severity subjectId message } } } }`, { team }],
  ["the composition map", `query ($team: ID!) { team(id: $team) { composition(depth: 2) { totalNodes totalEdges } } }`, { team }],
  ["a missing team", `{ team(id: "no-such-team") { id roles { id } } }`, {}],
  ["a depth out of range", DEPTH_99, { team }],
  ["no token", `query ($team: ID!) { team(id: $team) { id } }`, { team }, {}],
];

const ask = (app: typeof compiled, query: string, variables: Record<string, unknown>, headers: Record<string, string> = READER, operationName?: string) =>
  app.fetch(new Request("http://127.0.0.1/graphql", {
    method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables, operationName }),
  })).then(async (r) => ({ status: r.status, body: await r.text() }));

interface Answer { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }
/** Status, data and the distinct errors: the compiled query reports a failing field once per list item, the executor once. */
function meaning(answer: { status: number; body: string }) {
  const { data, errors } = JSON.parse(answer.body) as Answer;
  return { status: answer.status, data, errors: [...new Set(errors?.map((e) => `${e.extensions?.code}: ${e.message}`))].sort() };
}

describe("compiled queries", () => {
  it.each(CASES)("%s: the standard executor's answer", async (_name, query, variables, headers) => {
    const ours = meaning(await ask(compiled, query, variables, headers));
    expect(ours).toEqual(meaning(await ask(standard, query, variables, headers)));
    expect(ours.data !== undefined || ours.errors.length > 0).toBe(true);
  });

  it("tells a bad argument or variable from an internal error", async () => {
    const depth = meaning(await ask(compiled, DEPTH_99, { team }));
    expect(depth.errors).toEqual(["BAD_USER_INPUT: Validation error: depth: Too big: expected number to be <=10"]);
    // Worded slightly differently by the two executors; both name the variable.
    for (const app of [compiled, standard]) {
      const variable = meaning(await ask(app, `query ($team: ID!) { team(id: $team) { id } }`, { team: { no: 1 } }));
      expect(variable.errors).toHaveLength(1);
      expect(variable.errors[0]).toMatch(/^BAD_USER_INPUT: Variable "\$team" got invalid value \{ no: 1 \}; .*ID cannot represent value/);
    }
  });

  it("runs the operation asked for when a document holds several", async () => {
    const doc = `query A { team(id: "${team}") { roles { id } } } query B { team(id: "${team}") { artifacts { id } } }`;
    const a = JSON.parse((await ask(compiled, doc, {}, READER, "A")).body) as { data: { team: Record<string, unknown> } };
    const b = JSON.parse((await ask(compiled, doc, {}, READER, "B")).body) as { data: { team: Record<string, unknown> } };
    expect(Object.keys(a.data.team)).toEqual(["roles"]);
    expect(Object.keys(b.data.team)).toEqual(["artifacts"]);
  });
});
