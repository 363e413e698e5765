import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import type { Db } from "../../apps/api/src/db/driver.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { parseEnv } from "../../apps/api/src/env.ts";
import { createApp } from "../../apps/api/src/yoga.ts";
import { ROOT, loadTeam, testDb, uniqueTeamId } from "../helpers.ts";

export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

export interface Harness {
  base: string;
  team: string;
  /** A second team (the startup example, its Evaluate stage left without a lead on purpose). */
  other: string;
  /** A straight chain of roles from outside evidence (chain-team.yaml): compression-chain findings to show. */
  chain: string;
  page: Page;
  close: () => Promise<void>;
}

/**
 * The explorer as people get it: built by Vite, served by the real API (in this process, on
 * a free port) over the real Neo4j with the DPOS team imported under a unique id, and driven
 * in Debian's Chromium at 1440x900.
 */
export async function startHarness(): Promise<Harness> {
  const dist = mkdtempSync(join(tmpdir(), "rolegraph-explorer-"));
  await build({ root: join(ROOT, "apps", "explorer"), logLevel: "error", build: { outDir: dist, emptyOutDir: true } });

  const db: Db = testDb();
  const team = uniqueTeamId("dpos-e2e");
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
  const other = uniqueTeamId("startup-e2e");
  const startup = loadTeam("seed/examples/startup-team.yaml", other);
  for (const role of startup.roles) if (role.engagement.evaluate === "lead") role.engagement.evaluate = "support";
  await importTeam(db, startup);
  const chain = uniqueTeamId("chain-e2e");
  await importTeam(db, loadTeam("test/e2e/chain-team.yaml", chain));
  const app = createApp({ db, env: parseEnv({}), logger: pino({ level: "silent" }), explorerDist: dist });
  const server: Server = createServer(createServerAdapter(app.fetch));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  // The map's first read plans every statement in a cold Neo4j: on a loaded machine that alone
  // outlasted open()'s 20 s. Read the map and the gap report once first.
  {
    const query = "query($team: ID!) { team(id: $team) { composition { totalNodes } gapReport { score } } }";
    const response = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { team } }) });
    if (!response.ok) throw new Error(`warming the map's read: HTTP ${response.status}`);
  }

  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    base,
    team,
    other,
    chain,
    page,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
      await db.close();
      rmSync(dist, { recursive: true, force: true });
      if (problems.length > 0) throw new Error(`the page threw: ${problems.join("; ")}`);
    },
  };
}

/** Opens a URL of the explorer and waits until the map (if any) has been laid out. */
export async function open(h: Harness, search: string, waitFor = '.map-canvas[data-ready="true"]'): Promise<void> {
  await h.page.goto(`${h.base}/${search}`);
  // Generous: with eight helpers sharing two cores, a layout alone has taken 9 s.
  await h.page.waitForSelector(waitFor, { timeout: 60_000 });
}

export async function shot(h: Harness, name: string): Promise<void> {
  // Let the fit-view animation settle before the picture.
  await h.page.waitForTimeout(500);
  const { width } = h.page.viewportSize() ?? { width: 1440 };
  await h.page.screenshot({ path: join(SCREENSHOTS, `${width < 800 ? "phone" : "desktop"}-${name}.png`) });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axe(h: Harness): Promise<string[]> {
  if (!(await h.page.evaluate(() => "axe" in window))) await h.page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const violations = await h.page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run;
    const result = await run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""})`);
}

/** The text of a downloaded file, after clicking what starts the download. */
export async function download(h: Harness, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const pending = h.page.waitForEvent("download");
  await click();
  const file = await pending;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}
