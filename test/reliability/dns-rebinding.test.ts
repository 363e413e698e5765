import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { testDb, uniqueTeamId } from "../helpers.ts";
import { attackScript, gqlBody, importVictims, startScene, teamsThatExist, type Scene } from "./browser.ts";
import { figures } from "./harness.ts";

// Issue 22, item 2: a page on a name the attacker re-points at 127.0.0.1 (DNS rebinding) is
// same-origin with the API, so the Origin check cannot stop it; the Host header must.

const db = testDb();
const victim = uniqueTeamId("rel-rebind-victim");
const planted = uniqueTeamId("rel-rebind-planted");
let scene: Scene;

beforeAll(async () => {
  await importVictims(db, [victim]);
  scene = await startScene(db, () => ({ ALLOWED_HOSTS: "rolegraph.internal" }));
}, 120_000);
afterAll(async () => {
  await scene.close();
  for (const id of [victim, planted]) await deleteTeam(db, id, true);
  await db.close();
});

/** One request with exactly this Host header (fetch would not let us set it). */
function withHost(host: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port: scene.apiPort, path, method: body ? "POST" : "GET",
      headers: { host, ...(body ? { "content-type": "application/json" } : {}) } }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => done({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", fail);
    req.end(body);
  });
}

const DOCUMENT = `version: 1\nteam: { id: ${planted}, name: Planted }\nroles: []\nartifacts: []\n`;

describe("DNS rebinding (issue 22, item 2)", () => {
  it("refuses a same-origin page on a rebound name: nothing imported, deleted or read", async () => {
    const origin = `http://evil.example:${scene.apiPort}`;
    const page = await scene.browser.newPage();
    // The attacker's server answered the first lookup with this page; the name now resolves
    // to 127.0.0.1 (--host-resolver-rules), so everything the page fetches reaches the API.
    await page.route(`${origin}/`, (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html>${attackScript({
      read: `fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: ${gqlBody("{ teams { id roles { owner } } }")} })`,
      plant: `fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "mutation($d: String!) { importTeam(document: $d) { errors { message } } }", variables: { d: ${JSON.stringify(DOCUMENT)} } }) })`,
      remove: `fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: ${gqlBody(`mutation { deleteTeam(id: "${victim}", confirm: true) { deleted } }`)} })`,
      health: `fetch("/healthz")`,
    })}` }));
    await page.goto(`${origin}/`);
    const results = await page.evaluate(() => (window as unknown as { done: Promise<Record<string, string>> }).done);
    await page.close();
    const left = await teamsThatExist(db, [victim, planted]);
    const read = Object.entries(results).filter(([, result]) => result.includes(victim)).map(([step]) => step);
    figures("dns rebinding", `page at ${origin} (same origin as the API): ${Object.entries(results).map(([step, r]) => `${step} ${r.slice(0, 3)}`).join(", ")}; `
      + `victim ${left.includes(victim) ? "intact" : "deleted"}, planted team ${left.includes(planted) ? "imported" : "absent"}, responses holding the victim's id ${read.length}`);
    expect(left).toEqual([victim]);
    expect(read).toEqual([]);
    for (const [step, result] of Object.entries(results)) {
      expect(result, step).toMatch(/^421 /);
      expect(result, step).toContain("MISDIRECTED_REQUEST");
    }
  });

  it("refuses any Host not allowed before anything runs, and answers the allowed names", async () => {
    const port = scene.apiPort;
    const remove = JSON.stringify({ query: `mutation { deleteTeam(id: "${victim}", confirm: true) { deleted } }` });
    const refused = [`evil.example:${port}`, "evil.example", `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`, `rolegraph.internal.evil:${port}`];
    for (const host of refused) {
      expect((await withHost(host, "/graphql", remove)).status, host).toBe(421);
      expect((await withHost(host, "/healthz")).status, host).toBe(421);
      expect((await withHost(host, "/")).status, host).toBe(421);
    }
    expect(await teamsThatExist(db, [victim])).toEqual([victim]);
    // Loopback names, IP literals (a rebinding needs a name) and ALLOWED_HOSTS, any port.
    const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`, `10.1.2.3:${port}`, "rolegraph.internal", `rolegraph.internal:${port}`];
    for (const host of allowed) expect((await withHost(host, "/healthz")).status, host).toBe(200);
    // A Host that is no host at all is a bad request, not a stack trace.
    for (const host of ["[", "a b", `127.0.0.1:99999`]) {
      const answer = await withHost(host, "/");
      expect(answer.status, host).toBe(400);
      expect(answer.text, host).not.toMatch(/\bat \S+ \(|\/work\//);
    }
    figures("dns rebinding (Host)", `${refused.length} foreign names x 3 paths: 421; ${allowed.length} allowed names: 200; 3 malformed Hosts: 400`);
  });
});
