import { createServer } from "node:http";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { chromium, type CDPSession } from "playwright-core";
import { Db } from "../apps/api/src/db/driver.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { generateMapTeam } from "../seed/generate.ts";
import { interactiveObserver } from "./interactive-observer.ts";

/**
 * Where a large map's time goes (issue 21's maps at XL): the API's time and bytes per
 * operation, and in Chromium the page's marks plus, with --profile, its main thread's CPU by
 * function. Serves one or more explorer builds (--dist a,b: alternated run by run, so a
 * before and an after are compared in the same minute) over the Neo4j in NEO4J_URI, with
 * the response cache off.
 *
 *   npx tsx bench/maps-probe.ts --import 5000            # a 5,000-node map team (own Neo4j only)
 *   npx tsx bench/maps-probe.ts --url '/?team=map5000-t000' --dist /tmp/a,/tmp/b --runs 4
 *   npx tsx bench/maps-probe.ts --url '/?view=org' --dist /tmp/b --profile /tmp/prof.json
 */
const { values } = parseArgs({
  options: {
    import: { type: "string" }, url: { type: "string" }, dist: { type: "string" }, runs: { type: "string", default: "3" },
    profile: { type: "string" }, shots: { type: "string" }, width: { type: "string", default: "1440" }, height: { type: "string", default: "900" },
  },
});
const db = new Db({ uri: process.env.NEO4J_URI ?? "", user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: "neo4j" });
const log = (line: string) => console.error(line);

if (values.import !== undefined) {
  const team = generateMapTeam(Number(values.import), { prefix: `map${values.import}` });
  await importTeam(db, team);
  log(`imported ${team.team.id}`);
  await db.close();
  process.exit(0);
}

const dists = (values.dist ?? "").split(",").filter(Boolean);
const server: { op: string; ms: number; bytes: number }[] = [];
const apps = dists.map((dist) => createApp({ db, env: parseEnv({ RESPONSE_CACHE_TTL_MS: "0" }), logger: pino({ level: "silent" }), explorerDist: dist }));
let current = 0;
const listening = createServer(createServerAdapter(async (request: Request) => {
  const app = apps[current];
  if (app === undefined) throw new Error("no app");
  const op = request.method === "POST" ? String(((await request.clone().json()) as { operationName?: string }).operationName ?? "?") : "";
  const started = performance.now();
  const response = await app.fetch(request);
  if (op === "") return response;
  const body = await response.arrayBuffer();
  server.push({ op, ms: Math.round(performance.now() - started), bytes: body.byteLength });
  return new Response(body, { status: response.status, headers: response.headers });
}));
await new Promise<void>((done) => listening.listen(0, "127.0.0.1", done));
const address = listening.address();
const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
const org = (values.url ?? "").includes("view=org");
const observer = org
  ? interactiveObserver(".org-canvas .org-team", ".org-canvas .org-team")
  : interactiveObserver(".map-node", '.map-canvas[data-ready="true"] .map-node', "data-ready");

async function profileSummary(cdp: CDPSession): Promise<string> {
  const { profile } = await cdp.send("Profiler.stop");
  writeFileSync(values.profile ?? "/tmp/profile.cpuprofile", JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id);
    if (n === undefined) return;
    const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop() ?? ""}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, ms]) => `  ${Math.round(ms)} ms ${k}`).join("\n");
}

for (let run = 0; run <= Number(values.runs); run++) {
  for (let d = 0; d < dists.length; d++) {
    current = d;
    server.length = 0;
    const context = await browser.newContext({ viewport: { width: Number(values.width), height: Number(values.height) } });
    const page = await context.newPage();
    await page.addInitScript(observer);
    const cdp = values.profile !== undefined && run === Number(values.runs) ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
      await cdp.send("Profiler.start");
    }
    await page.goto(`${base}${values.url ?? "/"}`);
    await page.waitForFunction(() => (window as unknown as { __bench: { interactive?: number } }).__bench.interactive !== undefined, null, { timeout: 300_000, polling: 100 });
    const marks = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { firstRender: number; interactive: number; ready: number } }).__bench;
      const gql = performance.getEntriesByType("resource").filter((e) => e.name.includes("/graphql")) as PerformanceResourceTiming[];
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const paints = performance.getEntriesByType("paint").map((p) => `${p.name} ${Math.round(p.startTime)}`);
      return { ...b, dom: Math.round(nav.domContentLoadedEventEnd), paints, gql: gql.map((e) => `${Math.round(e.startTime)}-${Math.round(e.responseEnd)} (${Math.round(e.encodedBodySize / 1024)} KB)`), nodes: document.querySelectorAll(".react-flow__node").length, edges: document.querySelectorAll(".react-flow__edge").length };
    });
    const summary = cdp ? await profileSummary(cdp) : "";
    if (run > 0 || cdp) {
      log(`${dists[d]} run ${run}: first ${Math.round(marks.firstRender)} ready ${Math.round(marks.ready)} interactive ${Math.round(marks.interactive)} ms; dom ${marks.dom}; ${marks.paints.join(", ")}; graphql ${marks.gql.join(" ")}; drawn ${marks.nodes} nodes ${marks.edges} edges`);
      log(`  server: ${server.map((s) => `${s.op} ${s.ms} ms ${Math.round(s.bytes / 1024)} KB`).join("; ")}`);
      if (summary) log(summary);
    }
    if (values.shots !== undefined && run === 1) {
      await page.screenshot({ path: `${values.shots}-${d}.png` });
      // The organisation with the pointer on a team: its seams drawn (a large one draws no others).
      const team = org ? await page.locator(".org-team").nth(12).getAttribute("data-team") : null;
      if (team !== null) {
        await page.dispatchEvent(`.react-flow__node[data-id="team:${team}"]`, "mouseover");
        await page.waitForTimeout(800);
        await page.screenshot({ path: `${values.shots}-${d}-hover.png` });
      }
    }
    await context.close();
  }
}
await browser.close();
listening.closeAllConnections();
listening.close();
await db.close();
