import { parseTeamDocument } from "@rolegraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam, exportTeam } from "../../apps/api/src/db/team-store.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "../helpers.ts";
import { dumpTeam, figures, PROFILE } from "./harness.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";

// Cypher and GraphQL metacharacters everywhere a user can put text: stored and returned
// verbatim, and nothing else in the graph moves. Ids are slugs (packages/schema/src/ids.ts),
// so metacharacters in an id are refused with an error naming the field; in arguments that
// look ids up they find nothing.

const db = testDb();
const { gql } = testApp(db);
const team = uniqueTeamId("rel-inject");
const canary = uniqueTeamId("rel-canary");
afterAll(async () => {
  await deleteTeam(db, team, true);
  await deleteTeam(db, canary, true);
  await db.close();
});

const NASTY = [
  "'", '"', "`", "\\", "})", "}) DETACH DELETE n //", "'}) DETACH DELETE n //", '"}) DETACH DELETE n //', "`}) DETACH DELETE n //",
  "' OR 1=1 //", "*/ MATCH (n) DETACH DELETE n /*", "$team", "{team: 'x'}", "'); CALL dbms.killQueries([]) //",
  "\\'}) MATCH (m) DETACH DELETE m RETURN 1 //", "` MATCH (n) DETACH DELETE n //",
  '"} } mutation { deleteTeam(id: \\"x\\", confirm: true) { deleted } } #', "query { __schema { types { name } } }", "fragment f on Team { id }",
  "${7*7}", "{{7*7}}", "<script>alert(1)</script>", "line one\nline two // not a comment", "tab\there", "nul\u0000byte", "ﬁ ǅ 𝔘 🧨 \u202e drawkcab",
];
const nasty = (i: number) => NASTY[i % NASTY.length] ?? "";
/** Text fields are trimmed by the schema, so metacharacters go in the middle. */
const named = (what: string, i: number) => `${what} ${nasty(i)} end`;

const DOC = {
  version: 1,
  team: { id: team, name: named("Team", 5), description: NASTY.join(" | "), meta: Object.fromEntries(NASTY.map((n, i) => [n, nasty(i + 1)])) },
  stages: [{ id: "discover", name: named("Discover", 6), question: named("Why", 7) }, { id: "decide", name: named("Decide", 8) }],
  roles: [
    { id: "pm", name: named("PM", 9), purpose: named("Purpose", 10), owner: named("Owner", 11), engagement: { discover: "lead" },
      produces: [{ artifact: "brief", stage: "discover", meta: { [nasty(12)]: NASTY } }] },
    { id: "architect", name: named("Architect", 13), consumes: [{ artifact: "brief", stage: "decide" }] },
  ],
  artifacts: [{ id: "brief", name: named("Brief", 14), format: named("Format", 15), sourceOfTruth: named("Source", 16), meta: { q: nasty(17) } }],
  agents: [{ id: "bot", name: named("Bot", 18), role: "pm", process: named("Process", 19), blastRadius: named("Radius", 20) }],
  workflows: [{ id: "wf", role: "pm", stage: "discover", trigger: named("Trigger", 21), steps: [{ name: named("Step", 22), does: named("Does", 23) }], handoff: "pm-to-architect" }],
  contracts: [{
    id: "pm-to-architect", name: named("Contract", 24), from: "pm", to: "architect", boundary: { from: "discover", to: "decide" }, carries: ["brief"],
    requires: [{ field: "summary", type: "text", description: named("Summary", 25) }, { field: "evidence", type: "list" }],
    gates: [{ id: "says-delete", text: named("Gate", 3), check: { field: "summary", matches: "\\}\\) DETACH DELETE n //" } }],
  }],
};
const IMPORT = `mutation($doc: String!) { importTeam(document: $doc) { changed errors { path message line } } }`;

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/examples/startup-team.yaml", canary));
});

describe("injection", () => {
  it("metacharacters in names, descriptions, meta and payloads are stored and returned verbatim, and nothing else changes", async () => {
    const canaryBefore = await dumpTeam(db, canary);
    const text = JSON.stringify(DOC);
    const imported = await gql<{ importTeam: { changed: boolean; errors: unknown[] } }>(IMPORT, { doc: text });
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importTeam).toEqual({ changed: true, errors: [] });
    const expected = parseTeamDocument(text);
    if (!expected.ok) throw new Error(JSON.stringify(expected.errors));
    expect(expected.team.team.name).toBe(DOC.team.name); // nothing trimmed away: the test compares against the text itself
    const exported = parseTeamDocument(JSON.stringify(await exportTeam(db, team)));
    expect(exported.ok && exported.team).toEqual(expected.team);
    let verbatim = 0;

    // Read back through GraphQL too: the same strings, byte for byte.
    const read = await gql<{ team: { name: string; description: string; roles: { name: string; purpose: string | null; owner: string | null }[];
      artifacts: { name: string; format: string | null }[]; contracts: { name: string | null; gates: { text: string }[] }[] } }>(
      `query($team: ID!) { team(id: $team) { name description roles { name purpose owner } artifacts { name format } contracts { name gates { text } } } }`, { team });
    expect(read.errors).toBeUndefined();
    const t = read.data?.team;
    const pairs: [unknown, unknown][] = [
      [t?.name, DOC.team.name], [t?.description, DOC.team.description],
      [t?.roles.map((r) => [r.name, r.purpose, r.owner]), [[DOC.roles[0]?.name, DOC.roles[0]?.purpose, DOC.roles[0]?.owner], [DOC.roles[1]?.name, null, null]]],
      [t?.artifacts.map((a) => [a.name, a.format]), [[DOC.artifacts[0]?.name, DOC.artifacts[0]?.format]]],
      [t?.contracts.map((c) => [c.name, c.gates.map((g) => g.text)]), [[DOC.contracts[0]?.name, [DOC.contracts[0]?.gates[0]?.text]]]],
    ];
    for (const [got, want] of pairs) {
      expect(got).toEqual(want);
      verbatim += JSON.stringify(want).length;
    }

    // Payloads: keys and values full of metacharacters, and an idempotency key of them.
    const payload = { summary: named("Summary", 5), evidence: NASTY, ...Object.fromEntries(NASTY.map((n, i) => [`k${i} ${n}`, n])) };
    const submit = `mutation($team: ID!, $payload: JSON!, $key: String) { submitHandoff(team: $team, contract: "pm-to-architect", payload: $payload, idempotencyKey: $key) {
      id payload idempotencyKey gates { status } } }`;
    const key = NASTY.join("").slice(0, 200);
    const submitted = await gql<{ submitHandoff: { id: string; payload: unknown; idempotencyKey: string; gates: { status: string }[] } }>(submit, { team, payload, key });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitHandoff).toEqual({ id: "pm-to-architect/1", payload, idempotencyKey: key, gates: [{ status: "PASSED" }] });
    const replay = await gql<{ submitHandoff: { id: string } }>(submit, { team, payload, key });
    expect(replay.data?.submitHandoff.id).toBe("pm-to-architect/1");
    const listed = await gql<{ team: { handoffs: { payload: unknown }[] } }>(`query($team: ID!) { team(id: $team) { handoffs { payload } } }`, { team });
    expect(listed.data?.team.handoffs).toEqual([{ payload }]);
    verbatim += JSON.stringify(payload).length + key.length;

    const stateAfterWrites = await dumpTeam(db, team);
    // Lookups by a metacharacter id find nothing and change nothing.
    let lookups = 0;
    for (const bad of NASTY) {
      const found = await gql<{ team: null; teams: { id: string }[] }>(`query($id: ID!) { team(id: $id) { id } }`, { id: bad });
      expect(found.errors).toBeUndefined();
      expect(found.data?.team).toBeNull();
      const inTeam = await gql<{ team: { role: null; artifact: null } }>(`query($team: ID!, $id: ID!) { team(id: $team) { role(id: $id) { id } artifact(id: $id) { id } } }`, { team, id: bad });
      expect(inTeam.data?.team).toEqual({ role: null, artifact: null });
      for (const [mutation, vars] of [
        [`mutation($team: ID!, $c: ID!) { submitHandoff(team: $team, contract: $c, payload: {}) { id } }`, { team, c: bad }],
        [`mutation($team: ID!, $c: ID!) { submitHandoff(team: $team, contract: $c, payload: {}) { id } }`, { team: bad, c: "pm-to-architect" }],
        [`mutation($team: ID!, $c: ID!) { submitHandoff(team: $team, contract: "pm-to-architect", submittedBy: $c, payload: {}) { id } }`, { team, c: bad }],
        [`mutation($team: ID!, $h: ID!) { acknowledgeHandoff(team: $team, handoff: $h) { id } }`, { team, h: bad }],
        [`mutation($team: ID!, $h: ID!) { startNextStage(team: $team, handoff: $h) { id } }`, { team, h: bad }],
      ] as const) {
        const answer = await gql(mutation, vars);
        // A submitting role the contract does not name is refused as such (WRONG_ROLE, events.md) before any lookup.
        const expected = mutation.includes("submittedBy") ? "WRONG_ROLE" : "NOT_FOUND";
        expect(answer.errors?.map((e) => e.extensions?.code), `${mutation} ${JSON.stringify(vars)}`).toEqual([expected]);
      }
      const del = await gql<{ deleteTeam: { deleted: boolean; nodes: number } }>(`mutation($id: ID!) { deleteTeam(id: $id, confirm: true) { deleted nodes } }`, { id: bad });
      expect(del.data?.deleteTeam).toEqual({ deleted: false, nodes: 0 });
      lookups += 8;
    }
    // The same strings written into the query text as literals, escaped as GraphQL strings.
    for (const bad of NASTY) {
      const answer = await gql<{ team: null }>(`{ team(id: ${JSON.stringify(bad)}) { id } }`);
      expect(answer.data?.team ?? null).toBeNull();
      lookups++;
    }

    // Ids with metacharacters are refused at the id, with the slug rule, and write nothing.
    let refused = 0;
    const idPaths: [string, (doc: typeof DOC, bad: string) => void][] = [
      ["team.id", (d, bad) => { d.team.id = bad; }],
      ["roles[0].id", (d, bad) => { (d.roles[0] as { id: string }).id = bad; }],
      ["artifacts[0].id", (d, bad) => { (d.artifacts[0] as { id: string }).id = bad; }],
      ["contracts[0].id", (d, bad) => { (d.contracts[0] as { id: string }).id = bad; }],
      ["roles[0].produces[0].artifact", (d, bad) => { (d.roles[0]?.produces?.[0] as { artifact: string }).artifact = bad; }],
    ];
    for (const [n, bad] of NASTY.entries()) {
      // The short profile tries each string at two of the five places, in turn; the full one at all.
      for (const [path, put] of idPaths.filter((_, k) => PROFILE === "full" || k % idPaths.length === n % idPaths.length || k === 0)) {
        const doc = structuredClone(DOC);
        put(doc, bad);
        const answer = await gql<{ importTeam: { changed: boolean; errors: { path: string; message: string; line: number | null }[] } }>(IMPORT, { doc: JSON.stringify(doc) });
        expect(answer.errors).toBeUndefined();
        const errors = answer.data?.importTeam.errors ?? [];
        expect(errors.find((e) => e.path === path)?.message, `${path} = ${JSON.stringify(bad)}`).toMatch(/must be a slug/);
        refused++;
      }
    }
    expect(await dumpTeam(db, team)).toBe(stateAfterWrites);
    expect(await dumpTeam(db, canary)).toBe(canaryBefore);
    figures("injection", `${NASTY.length} metacharacter strings: ${verbatim} characters stored and returned verbatim, ` +
      `${lookups} lookups and mutations by metacharacter id found nothing, ${refused} metacharacter ids refused at the id, ` +
      `other teams changed 0, this team changed by refused writes 0`);
  });
});
