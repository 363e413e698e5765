import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseTeamDocument } from "@rolegraph/schema";
import { afterAll, describe, expect, it } from "vitest";
import { Db } from "../../apps/api/src/db/driver.ts";
import { startLocalNeo4j } from "../../apps/api/src/db/local-neo4j.ts";
import { exportTeam } from "../../apps/api/src/db/team-store.ts";
import { loadTeam, ROOT } from "../helpers.ts";
import { figures, freePort, httpGql, sized, sleep, TOKENS } from "./harness.ts";

// The real server process (apps/api/src/server.ts, as `npm start` runs it) with its own
// embedded Neo4j, sent SIGTERM while requests are in flight: they are answered, the driver
// closes, Neo4j stops cleanly (no java left, no store lock: it starts again on the same data
// directory with every acknowledged write there). Its logs, at trace level, never show a token.

const dataDir = mkdtempSync(join(tmpdir(), "rolegraph-shutdown-neo4j-"));
let server: ChildProcess | undefined;
afterAll(() => {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

const javaOn = (dir: string) =>
  spawnSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).stdout.split("\n").filter((line) => line.includes("java") && line.includes(dir));

describe("graceful shutdown", () => {
  it("SIGTERM drains requests in flight, closes the driver and stops Neo4j cleanly", async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const writer = TOKENS.find((t) => t.name === "writer")?.token ?? "";
    const env: Record<string, string> = {
      ...Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !e[0].startsWith("NEO4J_"))),
      PORT: String(port), HOST: "127.0.0.1", NEO4J_DATA_DIR: dataDir, NEO4J_LOCAL_PORT: String(boltPort),
      ROLEGRAPH_TOKENS: JSON.stringify(TOKENS), LOG_LEVEL: "trace",
    };
    const output: string[] = [];
    server = spawn(process.execPath, ["--import", "tsx", join(ROOT, "apps", "api", "src", "server.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((done) => server?.once("exit", (code, signal) => done({ code, signal })));
    const bootStarted = performance.now();
    while (!output.join("").includes("Rolegraph is running")) {
      if (server.exitCode !== null) throw new Error(`the server exited:\n${output.join("")}`);
      expect(performance.now() - bootStarted, output.join("")).toBeLessThan(180_000);
      await sleep(200);
    }
    const base = `http://127.0.0.1:${port}`;
    const bootMs = Math.round(performance.now() - bootStarted);

    // Requests with tokens, allowed and refused, so the log has something to leak.
    for (const t of TOKENS) {
      await httpGql(base, `{ teams { id } }`, {}, { token: t.token });
      await httpGql(base, `mutation { deleteTeam(id: "nope") { deleted } }`, {}, { token: t.token });
    }

    // Imports in flight when SIGTERM arrives. The server gives them 10 s to finish (then it
    // closes what is left), so the batch is sized to fit in that on 2 cores.
    const inFlight = sized(8, 16);
    const doc = readFileSync(join(ROOT, "seed", "examples", "startup-team.yaml"), "utf8");
    const ids = Array.from({ length: inFlight }, (_, i) => `shutdown-${i}`);
    const answered: { id: string; at: number; status?: number; error?: string }[] = [];
    const sent = ids.map((id) => httpGql<{ importTeam: { changed: boolean; errors: unknown[] } }>(base,
      `mutation($doc: String!) { importTeam(document: $doc) { changed errors { message } } }`,
      { doc: doc.replace(/^ {2}id: startup-team$/m, `  id: ${id}`) }, { token: writer, timeoutMs: 60_000 })
      .then((r) => answered.push({ id, at: performance.now(), status: r.status, ...(r.errors || !r.data?.importTeam.changed ? { error: JSON.stringify(r.errors ?? r.data) } : {}) }))
      .catch((error: unknown) => answered.push({ id, at: performance.now(), error: `${String(error)} ${String((error as { cause?: unknown }).cause)}` })));
    await sleep(50);
    const termAt = performance.now();
    const answeredBeforeTerm = answered.length;
    server.kill("SIGTERM");
    await Promise.all(sent);
    const { code, signal } = await exited;
    const exitMs = Math.round(performance.now() - termAt);
    const log = output.join("");

    expect(answered.filter((a) => a.error)).toEqual([]);
    expect(answered.filter((a) => a.at > termAt).length, "some imports were still running at SIGTERM").toBeGreaterThan(0);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(log).toMatch(/SIGTERM: finishing requests in flight/);
    expect(log).toMatch(/stopped\./);
    const refused = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) }).then(() => false, () => true);
    expect(refused, "nothing listens after the exit").toBe(true);
    await sleep(500);
    const orphans = javaOn(dataDir);
    expect(orphans).toEqual([]);
    const leaked = TOKENS.filter((t) => log.includes(t.token)).map((t) => t.name);
    expect(leaked).toEqual([]);

    // The store lock was released: Neo4j starts again on the same directory, with every import there.
    const again = await startLocalNeo4j({ dataDir, port: boltPort, heap: "512m", pagecache: "64m" });
    const db = new Db({ uri: again.uri, user: again.user, password: again.password, database: "neo4j" });
    let whole = 0;
    try {
      for (const id of ids) {
        const exported = parseTeamDocument(JSON.stringify(await exportTeam(db, id)));
        const expected = loadTeam("seed/examples/startup-team.yaml", id);
        if (exported.ok && JSON.stringify(exported.team) === JSON.stringify(expected)) whole++;
      }
    } finally {
      await db.close();
      await again.stop();
    }
    expect(whole).toBe(inFlight);
    expect(javaOn(dataDir)).toEqual([]);
    figures("graceful shutdown", `server up with its own Neo4j in ${bootMs} ms; ${inFlight} imports sent, ${inFlight - answeredBeforeTerm} still in flight at SIGTERM, ` +
      `answered ${answered.filter((a) => !a.error).length} of ${inFlight} (errors 0); exit code 0 ${exitMs} ms after SIGTERM; ` +
      `java processes left ${orphans.length}; Neo4j restarted on the same data dir and port: imports found whole ${whole} of ${inFlight}; ` +
      `log lines at trace ${log.split("\n").length}, tokens in them ${leaked.length}`);
  });
});
