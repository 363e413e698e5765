import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam, exportTeam } from "../../apps/api/src/db/team-store.ts";
import { ROOT, testDb, uniqueTeamId } from "../helpers.ts";
import { figures, freePort, httpGql, percentile, sleep } from "./harness.ts";

// Issue 22, item 5: a valid 9 MB team of 286,397 small roles (what fits under the 10 MiB
// byte limit) kept the server's event loop busy for 27 s and took 1.4 GB; three at once 2.8 GB;
// /healthz stopped answering; the import failed after 75 s with "503, try again". Here the
// real server process (apps/api/src/server.ts, on the run's Neo4j) gets three of them at once
// while /healthz is polled every 100 ms, and then one document just under the element limit
// (costly to build, cheap to store: so the figure is the parse's, not Neo4j's).
// Its resident memory is polled, and it is killed past WATCHDOG_MB so a regression fails the
// test without taking the machine with it.

const db = testDb();
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const WATCHDOG_MB = 2_500;
/** Documents sent at once (RELIABILITY_BIG_DOCUMENTS, default 3, the issue's case). */
const AT_ONCE = Number(process.env.RELIABILITY_BIG_DOCUMENTS ?? 3);
const IMPORT = `mutation($doc: String!) { importTeam(document: $doc) { teamId errors { path message line column } } }`;
interface ImportAnswer { importTeam: { teamId: string | null; errors: { path: string; message: string; line: number | null }[] } }

/** A valid team of `roles` small roles, one line each, each with `tags` list items in its meta. */
function smallRoles(id: string, roles: number, tags = 0): string {
  const lines = ["version: 1", `team: { id: ${id}, name: Many small roles }`, "artifacts: []", "roles:"];
  const meta = tags > 0 ? `, meta: {tags: [${Array.from({ length: tags }, (_, i) => `t${i}`).join(", ")}]}` : "";
  for (let i = 0; i < roles; i++) lines.push(`  - {id: r${i}, name: R${i}${meta}}`);
  return `${lines.join("\n")}\n`;
}

let server: ChildProcess | undefined;
let base = "";
let peakMb = 0;
let killed: string | undefined;
const teams: string[] = [];
let watch: ReturnType<typeof setInterval> | undefined;

beforeAll(async () => {
  const port = await freePort();
  const output: string[] = [];
  server = spawn(process.execPath, ["--import", TSX, join(ROOT, "apps", "api", "src", "server.ts")], {
    cwd: ROOT, stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
  });
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const started = performance.now();
  while (!output.join("").includes("Rolegraph is running")) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${output.join("")}`);
    if (performance.now() - started > 120_000) throw new Error(`the server did not start in 120 s:\n${output.join("")}`);
    await sleep(200);
  }
  base = `http://127.0.0.1:${port}`;
  watch = setInterval(() => {
    const status = (() => { try { return readFileSync(`/proc/${server?.pid}/status`, "utf8"); } catch { return ""; } })();
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    peakMb = Math.max(peakMb, rss);
    if (rss > WATCHDOG_MB && !killed) {
      killed = `over ${WATCHDOG_MB} MB`;
      server?.kill("SIGKILL");
    }
  }, 50);
}, 180_000);

afterAll(async () => {
  clearInterval(watch);
  if (server && server.exitCode === null) server.kill("SIGTERM");
  for (const team of teams) await deleteTeam(db, team, true);
  await db.close();
});

/**
 * Runs `work` while /healthz is polled every 100 ms (from its first answer on, so nothing is
 * missed); every answer's latency and status. The
 * poller is a process of its own: this one is busy building and sending the 9 MB bodies, and
 * its own pauses must not be counted as the server's.
 */
async function pollHealth<T>(work: () => Promise<T>): Promise<{ value: T; health: { ms: number; status: number }[] }> {
  const script = `
    const url = process.argv[1];
    const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
    for (;;) {
      const sent = performance.now();
      const status = await fetch(url, { signal: AbortSignal.timeout(30000) }).then((r) => r.status, () => 0);
      process.stdout.write(JSON.stringify({ ms: performance.now() - sent, status }) + "\\n");
      await sleep(100);
    }`;
  const poller = spawn(process.execPath, ["--input-type=module", "-e", script, `${base}/healthz`], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  poller.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise((done) => poller.once("exit", done));
  while (!out.includes("\n")) await sleep(20);
  try {
    const value = await work();
    return { value, health: out.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as { ms: number; status: number }) };
  } finally {
    poller.kill("SIGTERM");
    await exited;
  }
}

describe("a big document does not stop the server", () => {
  it(`${AT_ONCE} x 9 MB documents of 286,397 small roles at once: refused at the element limit, /healthz answered within 1 s throughout`, async () => {
    const ids = Array.from({ length: AT_ONCE }, () => uniqueTeamId("big"));
    teams.push(...ids);
    const bodies = ids.map((id) => smallRoles(id, 286_397));
    const megabytes = Buffer.byteLength(bodies[0] ?? "") / 1e6;
    expect(megabytes).toBeGreaterThan(9);
    const peakBefore = peakMb;
    const refusedAfter: number[] = [];
    // Unanswered in 240 s counts as an answer too (status 0), so the figures are printed either way.
    const { value: answers, health } = await pollHealth(() => {
      const sent = performance.now();
      return Promise.all(bodies.map(async (doc) => {
        const answer = await httpGql<ImportAnswer>(base, IMPORT, { doc }, { timeoutMs: 240_000 })
          .catch((error: Error) => ({ status: 0, data: undefined, errors: [{ message: error.message }] }));
        refusedAfter.push(Math.round(performance.now() - sent));
        return answer;
      }));
    });
    const latencies = health.map((h) => h.ms).sort((a, b) => a - b);
    figures(`big document (${AT_ONCE} x 286,397 roles)`, `${megabytes.toFixed(1)} MB each, answered after ${refusedAfter.join(", ")} ms (${answers.map((a) => a.status).join(", ")}); /healthz ${health.length} answers, ${health.filter((h) => h.status !== 200).length} not 200, p50 ${Math.round(percentile(latencies, 50))} ms, max ${Math.round(latencies.at(-1) ?? 0)} ms; server RSS peak ${Math.round(peakMb)} MB (${Math.round(peakBefore)} MB before)${killed ? `, killed ${killed}` : ""}`);
    expect(killed).toBeUndefined();
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      const errors = answer.data?.importTeam.errors ?? [];
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toMatch(/more than 100000 elements .* the limit is 100000 \(MAX_DOCUMENT_ELEMENTS\)/);
      expect(errors[0]?.line).toBeGreaterThan(4);
    }
    for (const id of ids) expect(await exportTeam(db, id)).toBeNull();
    expect(health.length).toBeGreaterThanOrEqual(3);
    expect(health.every((h) => h.status === 200), JSON.stringify(health)).toBe(true);
    expect(latencies.at(-1)).toBeLessThan(1_000);
    expect(peakMb).toBeLessThan(1_000);
  });

  it("a document just under the element limit is parsed off the loop and imported whole, /healthz within 1 s", async () => {
    const id = uniqueTeamId("big-under");
    teams.push(id);
    const doc = smallRoles(id, 1_700, 45);
    let ms = 0;
    const { value: answer, health } = await pollHealth(async () => {
      const sent = performance.now();
      const answered = await httpGql<ImportAnswer>(base, IMPORT, { doc }, { timeoutMs: 300_000 });
      ms = Math.round(performance.now() - sent);
      return answered;
    });
    const latencies = health.map((h) => h.ms).sort((a, b) => a - b);
    figures("big document (1,700 roles with 45 tags each, 93,511 elements)", `imported in ${ms} ms; /healthz ${health.length} answers, p50 ${Math.round(percentile(latencies, 50))} ms, max ${Math.round(latencies.at(-1) ?? 0)} ms; server RSS peak ${Math.round(peakMb)} MB`);
    expect(killed).toBeUndefined();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.importTeam.errors).toEqual([]);
    expect((await exportTeam(db, id))?.roles).toHaveLength(1_700);
    expect(health.every((h) => h.status === 200), JSON.stringify(health)).toBe(true);
    expect(latencies.at(-1)).toBeLessThan(1_000);
  });
});
