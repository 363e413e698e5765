import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { testDb, uniqueTeamId } from "../helpers.ts";
import { attackScript, gqlBody, importVictims, startScene, teamsThatExist, type Scene } from "./browser.ts";
import { figures } from "./harness.ts";

// Issue 22, item 1: a page the user visits on another origin must not read or change
// anything, whether it submits a hidden form (no preflight) or fetches JSON (preflighted);
// the explorer's own origin, and origins listed in ALLOWED_ORIGINS, keep working.

const db = testDb();
const victim = { form: uniqueTeamId("rel-origin-form"), multipart: uniqueTeamId("rel-origin-multipart"),
  text: uniqueTeamId("rel-origin-text"), json: uniqueTeamId("rel-origin-json"), plain: uniqueTeamId("rel-origin-plain") };
const VICTIMS = Object.values(victim);
const remove = (id: string) => `mutation { deleteTeam(id: "${id}", confirm: true) { deleted } }`;
const READ = "{ teams { id name roles { id owner } } }";
let scene: Scene;
let existing: string[] = [];

beforeAll(async () => {
  await importVictims(db, VICTIMS);
  existing = [...VICTIMS];
  scene = await startScene(db, (port) => ({ ALLOWED_ORIGINS: `http://partner.example:${port}` }));
}, 120_000);
afterAll(async () => {
  await scene.close();
  for (const id of VICTIMS) await deleteTeam(db, id, true);
  await db.close();
});

/** The attacker's page: two auto-submitted hidden forms, a blind text/plain POST, and three reads. */
function attackerPage(api: string): string {
  const frame = (name: string) => `<iframe name="${name}"></iframe>`;
  return `<!doctype html><title>cute cats</title>
${frame("f1")}${frame("f2")}${frame("f3")}
<form method="POST" action="${api}/graphql" target="f1"><input type="hidden" name="query" value='${remove(victim.form)}'></form>
<form method="POST" action="${api}/graphql" target="f2" enctype="multipart/form-data">
  <input type="hidden" name="operations" value='${JSON.stringify({ query: remove(victim.multipart) }).replace(/'/g, "&#39;")}'>
  <input type="hidden" name="map" value="{}"></form>
<form method="POST" action="${api}/graphql" target="f3" enctype="text/plain">
  <input type="hidden" name='{"query":"${remove(victim.text).replace(/"/g, '\\"')}","x":"' value='"}'></form>
${attackScript({
  jsonRead: `fetch("${api}/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: ${gqlBody(READ)} })`,
  getRead: `fetch("${api}/graphql?query=" + encodeURIComponent(${JSON.stringify(READ)}))`,
  jsonMutation: `fetch("${api}/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: ${gqlBody(remove(victim.json))} })`,
  blindPlain: `fetch("${api}/graphql", { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: ${gqlBody(remove(victim.plain))} })`,
})}`;
}

async function visit(url: string): Promise<Record<string, string>> {
  const page = await scene.browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(() => (window as unknown as { done: Promise<Record<string, string>> }).done);
  } finally {
    await page.close();
  }
}

describe("a page on another origin (issue 22, item 1)", () => {
  it("can neither change nor read anything, by form, multipart, text/plain or JSON", async () => {
    const origins = [`http://attacker.example:${scene.otherPort}`, `http://127.0.0.1:${scene.otherPort}`];
    const seen: string[] = [];
    const leaks: string[] = [];
    const deleted: string[] = [];
    for (const origin of origins) {
      // Each origin gets the same five victims (whatever an earlier visit managed to delete is back).
      const missing = VICTIMS.filter((id) => !existing.includes(id));
      await importVictims(db, missing);
      scene.page.html = attackerPage(scene.api);
      const results = await visit(`${origin}/`);
      for (const [step, result] of Object.entries(results)) {
        seen.push(`${step} ${result.slice(0, 24)}`);
        // The page learns no team, not even its own victims' ids.
        if (VICTIMS.some((id) => result.includes(id))) leaks.push(`${origin} ${step}`);
      }
      existing = await teamsThatExist(db, VICTIMS);
      deleted.push(...VICTIMS.filter((id) => !existing.includes(id)).map((id) => `${origin} ${id.replace(/^rel-origin-(\w+)-.*$/, "$1")}`));
    }
    figures("browser origin", `2 attacker origins x (3 auto-submitted forms, 1 blind text/plain POST, 3 CORS fetches): ${deleted.length} teams deleted [${deleted.join(", ")}], ${leaks.length} reads [${leaks.join(", ")}]; answers seen: ${seen.join("; ")}`);
    expect(deleted).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it("answers the same requests sent outside a browser with 403 or 415 and a GraphQL-style error", async () => {
    const post = (headers: Record<string, string>, body: string | FormData) =>
      fetch(`${scene.api}/graphql`, { method: "POST", headers, body });
    const form = new FormData();
    form.set("operations", JSON.stringify({ query: remove(victim.multipart) }));
    form.set("map", "{}");
    const answers = {
      urlencoded: await post({ "content-type": "application/x-www-form-urlencoded" }, `query=${encodeURIComponent(remove(victim.form))}`),
      multipart: await post({}, form),
      textPlain: await post({ "content-type": "text/plain" }, JSON.stringify({ query: remove(victim.text) })),
      noType: await post({ "content-type": "" }, JSON.stringify({ query: remove(victim.text) })),
      otherOrigin: await post({ "content-type": "application/json", origin: "http://attacker.example" }, JSON.stringify({ query: READ })),
      nullOrigin: await post({ "content-type": "application/json", origin: "null" }, JSON.stringify({ query: READ })),
      crossSiteGet: await fetch(`${scene.api}/graphql?query=${encodeURIComponent(READ)}`, { headers: { "sec-fetch-site": "cross-site" } }),
      preflight: await fetch(`${scene.api}/graphql`, { method: "OPTIONS", headers: { origin: "http://attacker.example", "access-control-request-method": "POST" } }),
    };
    const statuses = Object.fromEntries(Object.entries(answers).map(([name, r]) => [name, r.status]));
    expect(statuses).toEqual({ urlencoded: 415, multipart: 415, textPlain: 415, noType: 415, otherOrigin: 403, nullOrigin: 403, crossSiteGet: 403, preflight: 403 });
    for (const [name, response] of Object.entries(answers)) {
      expect(response.headers.get("access-control-allow-origin"), name).toBeNull();
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.message, name).toMatch(/origin|content type|Content-Type/i);
      expect(body.errors[0]?.extensions.code, name).toMatch(/^(FORBIDDEN_ORIGIN|UNSUPPORTED_MEDIA_TYPE)$/);
    }
    expect(await teamsThatExist(db, VICTIMS)).toEqual([...VICTIMS].sort());
  });

  it("still serves the explorer's own origin, a listed origin, GET queries and tools", async () => {
    const present = await teamsThatExist(db, VICTIMS);
    await importVictims(db, VICTIMS.filter((id) => !present.includes(id)));
    // The explorer and GraphiQL: same-origin JSON POSTs (GraphiQL's Accept) and a GET query.
    const own = await scene.browser.newPage();
    const asks: Record<string, { status: number; text: string }> = {};
    for (const base of [scene.api, `http://localhost:${scene.apiPort}`]) {
      await own.goto(`${base}/`);
      const answer = await own.evaluate(async (read) => {
        const post = await fetch("/graphql", { method: "POST", body: JSON.stringify({ query: read }),
          headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json, multipart/mixed" } });
        const get = await fetch(`/graphql?query=${encodeURIComponent(read)}`);
        return { status: post.status * 1000 + get.status, text: (await post.text()) + (await get.text()) };
      }, READ);
      asks[base] = answer;
    }
    await own.close();
    for (const [base, answer] of Object.entries(asks)) {
      expect(answer.status, base).toBe(200_200);
      expect(answer.text, base).toContain(victim.json);
    }
    // A listed origin reads with CORS.
    scene.page.html = `<!doctype html>${attackScript({ jsonRead: `fetch("${scene.api}/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: ${gqlBody(READ)} })` })}`;
    const partner = await visit(`http://partner.example:${scene.otherPort}/`);
    expect(partner.jsonRead).toMatch(/^200 /);
    expect(partner.jsonRead).toContain(victim.json);
    // Tools (curl, the CLI, scripts) send no Origin: JSON POSTs and GET queries as before.
    const curl = await fetch(`${scene.api}/graphql?query=${encodeURIComponent(READ)}`);
    expect(curl.status).toBe(200);
    expect(await curl.text()).toContain(victim.json);
  });
});
