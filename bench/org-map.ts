import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import type { Db } from "../apps/api/src/db/driver.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { importTeams } from "../apps/api/src/services/import.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { SIZES, generateOrganisation, type SizeName, type SizeSpec } from "../seed/generate.ts";
import { openDatabase } from "./neo4j.ts";
import { summarize, type Summary } from "./stats.ts";
import { interactiveObserver } from "./interactive-observer.ts";

const ROOT = join(import.meta.dirname, "..");

export interface OrgMapResult {
  /** What the organisation view showed (its toolbar's counts). */
  teams: number;
  crossTeamFlows: number;
  bundles: number;
  /** Team boxes and edges in the DOM at the opening view. */
  drawn: { nodes: number; edges: number };
  /** Navigation start to the first team on the map. */
  firstRender: Summary;
  /** Navigation start to the main thread free for 500 ms after the map is drawn (as bench/explorer.ts). */
  interactive: Summary;
  /** Pointer onto a team to its bundles brought out and a frame drawn (dispatched in the page). */
  hover: Summary;
  /** ▸ on a team to its roles and artifacts drawn inside it. */
  openTeam: Summary;
  /** A click on a shared artifact to its impact lit across teams (one API read included). */
  clickToImpact: Summary;
  /** A click on a bundle to its flows drawn. */
  openBundle: Summary;
}

// The first team drawn, and "interactive" as bench/explorer.ts has it (Lighthouse's TTI).
const OBSERVER = interactiveObserver(".org-canvas .org-team", ".org-canvas .org-team");

const BUSIEST_ON_SCREEN = `(() => {
  const onScreen = [...document.querySelectorAll(".org-team")].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
  });
  const readers = (e) => Number((/read by (\\d+)/.exec(e.textContent || "") || [])[1] || 0);
  onScreen.sort((a, b) => readers(b) - readers(a));
  return onScreen.length > 0 ? onScreen[0].getAttribute("data-team") : "";
})()`;

/** The pointer onto a team's box to its stylesheet applied and a frame drawn. */
const HOVER = `(team) => {
  const el = document.querySelector('.react-flow__node[data-id="team:' + team + '"]');
  const started = performance.now();
  el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  return new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(document.querySelector('[data-testid="near-style"]') ? performance.now() - started : Number.NaN), 0)));
}`;

/** Milliseconds from `act` to `selector` appearing, measured in the page's clock. */
async function timedUntil(page: Page, act: () => Promise<void>, selector: string): Promise<number> {
  const started = await page.evaluate(() => performance.now());
  await act();
  await page.waitForSelector(selector, { timeout: 60_000, state: "attached" });
  return (await page.evaluate(() => performance.now())) - started;
}

/**
 * The organisation view over whatever organisation the database holds, in Debian's Chromium
 * at 1440x900, a fresh browser context per run, the API's response cache off (the first look
 * after an import). Run 0 warms the server and Neo4j and is not counted.
 */
export async function measureOrgMap(db: Db, runs: number, log: (line: string) => void): Promise<OrgMapResult> {
  const dist = mkdtempSync(join(tmpdir(), "rolegraph-bench-orgmap-"));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    await build({ root: join(ROOT, "apps", "explorer"), logLevel: "error", build: { outDir: dist, emptyOutDir: true } });
    const app = createApp({ db, env: parseEnv({ RESPONSE_CACHE_TTL_MS: "0" }), logger: pino({ level: "silent" }), explorerDist: dist });
    const listening = createServer(createServerAdapter(app.fetch));
    server = listening;
    await new Promise<void>((done) => listening.listen(0, "127.0.0.1", done));
    const address = listening.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const samples = { firstRender: [] as number[], interactive: [] as number[], hover: [] as number[], openTeam: [] as number[], clickToImpact: [] as number[], openBundle: [] as number[] };
    let shown = { teams: 0, crossTeamFlows: 0, bundles: 0, drawn: { nodes: 0, edges: 0 } };
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      await page.addInitScript(OBSERVER);
      await page.goto(`${base}/?view=org`);
      await page.waitForFunction(() => (window as unknown as { __bench: { interactive?: number } }).__bench.interactive !== undefined, null, { timeout: 180_000, polling: 50 });
      const marks = await page.evaluate(() => (window as unknown as { __bench: { firstRender: number; interactive: number } }).__bench);
      const counts = page.getByTestId("org-counts");
      shown = {
        teams: Number(await counts.getAttribute("data-teams")),
        crossTeamFlows: Number(await counts.getAttribute("data-flows")),
        bundles: Number(await counts.getAttribute("data-bundles")),
        drawn: { nodes: await page.locator(".org-team").count(), edges: await page.locator(".react-flow__edge").count() },
      };
      // The team read by the most others, of those on screen: the busiest seam in view. A
      // string: tsx would name a function's inner arrows with a helper the page does not have.
      const team = await page.evaluate<string>(BUSIEST_ON_SCREEN);
      const box = `.org-team[data-team="${team}"]`;
      // In the page: Playwright's hover waits for the box to hold still over frames, which on a
      // busy machine took longer than the highlight itself.
      const hover = await page.evaluate<number>(`(${HOVER})(${JSON.stringify(team)})`);
      await page.dispatchEvent(box, "mouseout");
      const openTeam = await timedUntil(page, () => page.dispatchEvent(`${box} .org-toggle`, "click"), `.org-member[data-entity^="${team}/"]`);
      const impact = await timedUntil(page, () => page.dispatchEvent(`.org-artifact[data-entity^="${team}/"]`, "click"), '[data-testid="impact-summary"]');
      const bundle = `.react-flow__edge.org-bundle[data-id^="bundle:${team}>"]`;
      const hasBundle = (await page.locator(bundle).count()) > 0;
      const openBundle = hasBundle ? await timedUntil(page, () => page.dispatchEvent(bundle, "click"), ".react-flow__edge.org-flow") : Number.NaN;
      await context.close();
      if (problems.length > 0) throw new Error(`the explorer threw: ${problems.join("; ")}`);
      if (run === 0) continue;
      samples.firstRender.push(marks.firstRender);
      samples.interactive.push(marks.interactive);
      samples.hover.push(hover);
      samples.openTeam.push(openTeam);
      samples.clickToImpact.push(impact);
      if (hasBundle) samples.openBundle.push(openBundle);
      log(`org map ${shown.teams} teams, ${shown.crossTeamFlows} flows in ${shown.bundles} bundles, run ${run}: first render ${Math.round(marks.firstRender)} ms, interactive ${Math.round(marks.interactive)} ms, hover ${Math.round(hover)} ms, open team ${Math.round(openTeam)} ms, impact ${Math.round(impact)} ms, open bundle ${Math.round(openBundle)} ms`);
    }
    return {
      ...shown,
      firstRender: summarize(samples.firstRender), interactive: summarize(samples.interactive), hover: summarize(samples.hover),
      openTeam: summarize(samples.openTeam), clickToImpact: summarize(samples.clickToImpact), openBundle: summarize(samples.openBundle),
    };
  } finally {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((done) => server?.close(() => done()));
    }
    rmSync(dist, { recursive: true, force: true });
  }
}

export function orgMapTable(r: OrgMapResult): string {
  const row = (name: string, s: Summary, note = "") => `| org map: ${name} | ${s.p50} ms | ${s.p95} ms | ${note} |`;
  return [
    row("first render", r.firstRender, `${r.teams} teams, ${r.crossTeamFlows} cross-team flows in ${r.bundles} bundles (${r.drawn.nodes} teams, ${r.drawn.edges} edges drawn at the opening view)`),
    row("interactive", r.interactive, "response cache off"),
    row("hover a team to its bundles", r.hover),
    row("open a team", r.openTeam),
    row("click an artifact to its impact across teams", r.clickToImpact, "one API read"),
    row("open a bundle into its flows", r.openBundle),
  ].join("\n");
}

/**
 * An organisation for the org map alone, without handoffs (the map does not show them): at M
 * and L the bench's organisation of that size (L: 100 teams); at S, eight teams shaped like
 * S's one team, enough to have seams.
 */
function orgSpec(size: SizeName): SizeSpec {
  if (size !== "S") return { ...SIZES[size], handoffs: 0 };
  const teams = 8;
  const s = SIZES.S;
  return { teams, roles: s.roles * teams, artifacts: s.artifacts * teams, flows: s.flows * teams, contracts: s.contracts * teams, agents: s.agents * teams, handoffs: 0 };
}

/** `npx tsx bench/org-map.ts --size L`: the org map alone, in its own embedded Neo4j. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: "string", default: "S" }, runs: { type: "string" }, out: { type: "string" } } });
  const size = (values.size ?? "S").toUpperCase() as SizeName;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const log = (line: string) => console.error(line);
  const database = await openDatabase({ heap: size === "L" || size === "XL" ? "4g" : "1g", pagecache: size === "L" ? "2g" : size === "XL" ? "4g" : "256m", log });
  const org = generateOrganisation(orgSpec(size), { seed: 1, prefix: database.ephemeral ? "org" : `orgmap-${process.pid}` });
  try {
    const started = performance.now();
    for (const outcome of await importTeams(database.db, org.teams, { jobs: 2 })) if (outcome instanceof Error) throw outcome;
    log(`imported ${org.teams.length} teams in ${Math.round(performance.now() - started)} ms`);
    const result = await measureOrgMap(database.db, Number(values.runs ?? (size === "S" ? 3 : 5)), log);
    const out = values.out ?? join(ROOT, "bench", "results", `org-map-${size}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ size, generatedAt: new Date().toISOString(), result }, null, 2)}\n`);
    console.log(`| measurement | p50 | p95 | note |\n|---|---:|---:|---|\n${orgMapTable(result)}`);
  } finally {
    // A shared database (NEO4J_URI) gets its teams back out; our own is removed whole.
    if (!database.ephemeral) for (const team of org.teams) await deleteTeam(database.db, team.team.id, true);
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error((error as Error).stack ?? String(error));
    process.exit(1);
  });
}
