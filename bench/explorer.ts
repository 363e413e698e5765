import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import type { Db } from "../apps/api/src/db/driver.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { generateMapTeam } from "../seed/generate.ts";
import { summarize, type Summary } from "./stats.ts";
import { interactiveObserver } from "./interactive-observer.ts";

const ROOT = join(import.meta.dirname, "..");

export interface ExplorerResult {
  nodes: number;
  /** Nodes and edges on the map (what its "N of M shown" counts). */
  mapNodes: number;
  edges: number;
  /** Of those, drawn in the DOM at the opening view. */
  drawn: { nodes: number; edges: number };
  /** Whether the API answered from its response cache (runs after the first ask the same queries). */
  responseCache: boolean;
  /** Navigation start to the first node on the map. */
  firstRender: Summary;
  /** Navigation start to the laid-out map with the main thread free to take input (TTI: no long task for 500 ms after). */
  interactive: Summary;
  /** A click on a role to its highlighted neighbourhood. */
  clickToFocus: Summary;
}

// The first node on the map, and "interactive" once the map is laid out (data-ready).
const OBSERVER = interactiveObserver(".map-node", '.map-canvas[data-ready="true"] .map-node', "data-ready");

/**
 * The explorer as people get it (Vite build served by the real API in this process) in
 * Debian's Chromium, headless, 1440x900, a fresh browser context (cold cache) for every run.
 */
export async function measureExplorer(db: Db, sizes: readonly number[], runs: number, prefix: string, log: (line: string) => void): Promise<ExplorerResult[]> {
  const dist = mkdtempSync(join(tmpdir(), "rolegraph-bench-explorer-"));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    await build({ root: join(ROOT, "apps", "explorer"), logLevel: "error", build: { outDir: dist, emptyOutDir: true } });
    // Each size is measured with the API's response cache off (every run asks Neo4j, as the
    // first look after an import does) and then on (the default: later looks at the same team).
    const apps = {
      off: createApp({ db, env: parseEnv({ RESPONSE_CACHE_TTL_MS: "0" }), logger: pino({ level: "silent" }), explorerDist: dist }),
      on: createApp({ db, env: parseEnv({}), logger: pino({ level: "silent" }), explorerDist: dist }),
    };
    let app = apps.off;
    const listening = createServer(createServerAdapter((request: Request) => app.fetch(request)));
    server = listening;
    await new Promise<void>((done) => listening.listen(0, "127.0.0.1", done));
    const address = listening.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const results: ExplorerResult[] = [];
    for (const size of sizes) {
      const team = generateMapTeam(size, { prefix: `${prefix}-map${size}` });
      await importTeam(db, team);
      for (const responseCache of [false, true]) {
        app = responseCache ? apps.on : apps.off;
        const first: number[] = [];
        const interactive: number[] = [];
        const clicks: number[] = [];
        let mapNodes = 0;
        let edges = 0;
        let drawn = { nodes: 0, edges: 0 };
        for (let run = 0; run <= runs; run++) {
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
          const page = await context.newPage();
          const problems: string[] = [];
          page.on("pageerror", (e) => problems.push(e.message));
          await page.addInitScript(OBSERVER);
          await page.goto(`${base}/?team=${team.team.id}`);
          await page.waitForFunction(() => (window as unknown as { __bench: { interactive?: number } }).__bench.interactive !== undefined, null, { timeout: 120_000, polling: 50 });
          const marks = await page.evaluate(() => (window as unknown as { __bench: { firstRender: number; interactive: number } }).__bench);
          // What the map holds (its "N of M shown"); large maps draw only what is on screen.
          const shownCount = page.getByTestId("shown-count");
          mapNodes = Number(await shownCount.getAttribute("data-nodes"));
          edges = Number(await shownCount.getAttribute("data-edges"));
          drawn = { nodes: await page.locator(".map-node").count(), edges: await page.locator(".react-flow__edge").count() };
          const started = await page.evaluate(() => performance.now());
          // A dispatched click on the first role drawn: at 2,000 nodes a role may lie outside the viewport.
          await page.dispatchEvent('.map-node[data-kind="role"]', "click", undefined, { timeout: 30_000 });
          await page.waitForSelector('.map-node[data-relation="focus"]', { timeout: 30_000 });
          const clicked = await page.evaluate(() => performance.now());
          await context.close();
          if (problems.length > 0) throw new Error(`the explorer threw: ${problems.join("; ")}`);
          if (run === 0) continue; // warm-up: the server's and Neo4j's caches, not the browser's
          first.push(marks.firstRender);
          interactive.push(marks.interactive);
          clicks.push(clicked - started);
          log(`explorer ${size} nodes, cache ${responseCache ? "on" : "off"}, run ${run}: first render ${Math.round(marks.firstRender)} ms, interactive ${Math.round(marks.interactive)} ms, click ${Math.round(clicked - started)} ms`);
        }
        results.push({ nodes: size, mapNodes, edges, drawn, responseCache, firstRender: summarize(first), interactive: summarize(interactive), clickToFocus: summarize(clicks) });
      }
    }
    return results;
  } finally {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((done) => server?.close(() => done()));
    }
    rmSync(dist, { recursive: true, force: true });
  }
}
