import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { chromium, type Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalNeo4j, type LocalNeo4j } from "../../apps/api/src/db/local-neo4j.ts";
import { ROOT } from "../helpers.ts";
import { figures } from "./harness.ts";

// Issue 22 item 3: the embedded Neo4j (its own, on a temp data directory) refuses Bolt
// without the password kept in the data directory, and a web page can reach it neither with
// neo4j's own browser driver nor with a hand-made Bolt handshake over a WebSocket.

const dataDir = mkdtempSync(join(tmpdir(), "rolegraph-door-neo4j-"));
let local: LocalNeo4j | undefined;
let browser: Browser | undefined;
let page: Server | undefined;
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (page ? page.close(() => done()) : done()));
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const PASSWORD_FILE = "rolegraph-neo4j-password";
const BROWSER_DRIVER = join(ROOT, "node_modules", "neo4j-driver", "lib", "browser", "neo4j-web.min.js");

/** What a plain Bolt client gets for a query: "ok" or the server's error code. */
async function tryBolt(uri: string, auth?: { user: string; password: string }): Promise<string> {
  const driver = neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database: "neo4j" });
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

/** TCP ports the process listens on (from /proc: its socket inodes matched to /proc/net/tcp{,6}). */
function listeningPorts(pid: number): number[] {
  const inodes = new Set(readdirSync(`/proc/${pid}/fd`).map((fd) => {
    try {
      return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
    } catch {
      return undefined;
    }
  }).filter((x): x is string => x !== undefined));
  const ports = new Set<number>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"].filter(existsSync)) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[3] === "0A" && f[9] && inodes.has(f[9])) ports.add(parseInt(f[1]?.split(":")[1] ?? "0", 16));
    }
  }
  return [...ports].sort((a, b) => a - b);
}

describe("the embedded Neo4j is not an open door", () => {
  it("refuses Bolt without the password, and a web page over WebSocket", async () => {
    local = await startLocalNeo4j({ dataDir, port: 0, heap: "512m", pagecache: "64m" });
    const port = Number(new URL(local.uri.replace("bolt:", "http:")).port);

    // The password: in the data directory, readable by the user only, and it is the way in.
    const file = join(dataDir, PASSWORD_FILE);
    // Soft checks: one run names every door left open.
    expect.soft(existsSync(file), `${PASSWORD_FILE} in the data directory`).toBe(true);
    const mode = existsSync(file) ? statSync(file).mode & 0o777 : 0;
    expect.soft(mode.toString(8)).toBe("600");
    const password = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
    expect.soft(password.length).toBeGreaterThanOrEqual(32);
    expect.soft(local.password).toBe(password);
    expect.soft(await tryBolt(local.uri, { user: "neo4j", password })).toBe("ok");
    // Without it: no auth, the factory default, a wrong one.
    const refused = {
      none: await tryBolt(local.uri),
      factory: await tryBolt(local.uri, { user: "neo4j", password: "neo4j" }),
      wrong: await tryBolt(local.uri, { user: "neo4j", password: `${password.slice(0, -1)}x` }),
    };
    expect.soft(refused).toEqual({ none: "Neo.ClientError.Security.Unauthorized", factory: "Neo.ClientError.Security.Unauthorized", wrong: "Neo.ClientError.Security.Unauthorized" });

    // Only Bolt listens: no HTTP connector.
    const pid = Number(readFileSync(join(dataDir, "rolegraph-running.json"), "utf8").match(/"pid":(\d+)/)?.[1]);
    const ports = listeningPorts(pid);
    expect.soft(ports).toEqual([port]);

    // A web page on another origin: neo4j's browser driver (WebSocket underneath), without a
    // password and with the factory one, and a raw Bolt handshake over a WebSocket.
    page = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>elsewhere</title>"));
    await new Promise<void>((done) => page?.listen(0, "127.0.0.1", done));
    const address = page.address();
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`);
    await tab.addScriptTag({ path: BROWSER_DRIVER });
    const fromPage = await tab.evaluate(async (boltPort) => {
      type Neo4jGlobal = { driver(uri: string, auth?: unknown, config?: unknown): { executeQuery(q: string): Promise<unknown>; close(): Promise<void> }; auth: { basic(u: string, p: string): unknown } };
      const lib = (globalThis as unknown as { neo4j: Neo4jGlobal }).neo4j;
      const viaDriver = async (auth?: unknown) => {
        const driver = lib.driver(`bolt://127.0.0.1:${boltPort}`, auth, { connectionTimeout: 5000, maxTransactionRetryTime: 0 });
        try {
          await driver.executeQuery("MATCH (n) RETURN count(n) AS n");
          return "ok";
        } catch (error) {
          return String((error as { code?: string }).code ?? error);
        } finally {
          await driver.close().catch(() => {});
        }
      };
      const handshake = () => new Promise<string>((done) => {
        const socket = new WebSocket(`ws://127.0.0.1:${boltPort}`);
        socket.binaryType = "arraybuffer";
        const timer = setTimeout(() => done("timeout"), 5000);
        socket.onopen = () => socket.send(new Uint8Array([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, 0, 0, 0, 4, 0, 0, 0, 3, 0, 0, 0, 0]));
        socket.onmessage = (event) => {
          clearTimeout(timer);
          done(`bolt version ${Array.from(new Uint8Array(event.data as ArrayBuffer)).join(".")}`);
          socket.close();
        };
        socket.onerror = () => { clearTimeout(timer); done("refused"); };
      });
      return { driverNoAuth: await viaDriver(), driverFactory: await viaDriver(lib.auth.basic("neo4j", "neo4j")), websocket: await handshake() };
    }, port);
    expect.soft(fromPage.websocket).toBe("refused");
    expect.soft(fromPage.driverNoAuth).not.toBe("ok");
    expect.soft(fromPage.driverFactory).not.toBe("ok");

    figures("Neo4j door", `Bolt without password ${refused.none}, with the factory password ${refused.factory}, with a wrong one ${refused.wrong}; ` +
      `password file mode ${mode.toString(8)}, ${password.length} characters; listening ports of the JVM ${ports.length} (Bolt only); ` +
      `from a Chromium page: browser driver without auth "${fromPage.driverNoAuth}", with neo4j/neo4j "${fromPage.driverFactory}", raw WebSocket Bolt handshake "${fromPage.websocket}"`);
  });
});
