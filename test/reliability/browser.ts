import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { chromium, type Browser } from "playwright-core";
import type { Db } from "../../apps/api/src/db/driver.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { parseEnv } from "../../apps/api/src/env.ts";
import { createApp } from "../../apps/api/src/yoga.ts";
import { loadTeam } from "../helpers.ts";

/** Names Chromium resolves to 127.0.0.1 (as a DNS rebinding attacker makes a public name resolve). */
export const MAPPED = ["evil.example", "attacker.example", "partner.example"];

export interface Scene {
  /** The API as its own user opens it: http://127.0.0.1:<port>. */
  api: string;
  apiPort: number;
  /** A second server on another port answering every path with `page` (the attacker's site). */
  otherPort: number;
  page: { html: string };
  browser: Browser;
  close: () => Promise<void>;
}

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return (server.address() as AddressInfo).port;
};

/**
 * The API served over real HTTP (as server.ts serves it, with a one-page explorer), a second
 * HTTP server on another port for pages of other origins, and Debian's Chromium resolving
 * MAPPED names to loopback. `envOf` gets the other server's port, so settings can name it.
 */
export async function startScene(db: Db, envOf: (otherPort: number) => Record<string, string>): Promise<Scene> {
  const page = { html: "" };
  const other = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page.html));
  const otherPort = await listen(other);
  const dist = mkdtempSync(join(tmpdir(), "rolegraph-guard-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Rolegraph explorer</title><p>explorer</p>");
  const app = createApp({ db, env: parseEnv(envOf(otherPort)), logger: pino({ level: "silent" }), explorerDist: dist });
  const api = createServer(createServerAdapter(app.fetch));
  const apiPort = await listen(api);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
      // Chromium's own Local Network Access checks would stop a page served from a public
      // address from calling loopback; Firefox and Safari have none, and a user can allow it,
      // so the server must stand without them.
      "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults",
      `--host-resolver-rules=${MAPPED.map((name) => `MAP ${name} 127.0.0.1`).join(", ")}`],
  });
  const stop = (server: Server) => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); });
  return {
    api: `http://127.0.0.1:${apiPort}`, apiPort, otherPort, page, browser,
    close: async () => {
      await browser.close();
      await Promise.all([stop(api), stop(other)]);
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** Imports the startup example under each id. */
export async function importVictims(db: Db, ids: readonly string[]): Promise<void> {
  for (const id of ids) await importTeam(db, loadTeam("seed/examples/startup-team.yaml", id));
}

/** Which of `ids` have a Team node now. */
export async function teamsThatExist(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>("MATCH (t:Team) WHERE t.id IN $ids RETURN t.id AS id ORDER BY id", { ids: [...ids] });
  return rows.map((row) => row.id);
}

/**
 * A page script that runs `steps` (name -> JS expression giving a fetch promise), submits
 * every form on the page into its iframe, and sets window.done to what each step could read:
 * "<status> <body>" when the page may read the answer, "blocked: <reason>" when not.
 */
export function attackScript(steps: Record<string, string>): string {
  const reads = Object.entries(steps).map(([name, call]) =>
    `waits.push((${call}).then(async (r) => { results[${JSON.stringify(name)}] = r.type === "opaque" ? "opaque (unreadable)" : r.status + " " + await r.text(); },
      (e) => { results[${JSON.stringify(name)}] = "blocked: " + e.message; }));`).join("\n");
  return `<script>
const results = {}; const waits = [];
for (const form of document.forms) {
  const frame = document.getElementsByName(form.target)[0];
  waits.push(new Promise((done) => frame.addEventListener("load", done, { once: true })));
  form.submit();
}
${reads}
window.done = Promise.all(waits).then(() => results);
</script>`;
}

export const gqlBody = (query: string) => JSON.stringify(JSON.stringify({ query }));
