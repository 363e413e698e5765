import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { figures, freePort, sized, sleep } from "./harness.ts";

// Issue 22 item 6: Rolegraph started exactly as people start it (`npm start`, with its own
// embedded Neo4j on a temp data directory). kill -9 of the JVM: Neo4j is restarted and
// /healthz is 200 again, with the restart in the log. SIGTERM or SIGINT to any process of the
// tree (npm, its shell, the node launcher, tsx, the API): every process of the tree is gone.

interface Proc { pid: number; ppid: number; cmd: string }
type Role = "npm" | "shell" | "launcher" | "tsx" | "api" | "java";

function processes(): Proc[] {
  const all: Proc[] = [];
  for (const entry of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      all.push({ pid: Number(entry), ppid, cmd: readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ").trim() });
    } catch {
      // gone meanwhile
    }
  }
  return all;
}

function tree(root: number): Proc[] {
  const all = processes();
  const found = all.filter((p) => p.pid === root);
  for (let i = 0; i < found.length; i++) found.push(...all.filter((p) => p.ppid === found[i]?.pid));
  return found;
}

function role(p: Proc): Role | "other" {
  if (p.cmd.includes("dev.rolegraph.Launcher")) return "java";
  if (p.cmd.startsWith("sh -c")) return "shell";
  if (p.cmd.includes("scripts/start.mjs")) return "launcher";
  // npm start runs the compiled API (dist/server.js) with plain node; from sources it runs under tsx.
  if (p.cmd.includes("dist/server.js")) return "api";
  if (p.cmd.includes("server.ts")) return /tsx[/\\]dist[/\\]cli|tsx[/\\]cli/.test(p.cmd) ? "tsx" : "api";
  if (/\bnpm\b/.test(p.cmd)) return "npm";
  return "other";
}

const alive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
  } catch {
    return false;
  }
};

interface Running { npm: ChildProcess; base: string; log: () => string; dataDir: string; pids: Map<Role | "other", number[]>; bootMs: number }
const started: Running[] = [];
afterEach(() => {
  for (const r of started.splice(0)) {
    for (const pids of r.pids.values()) for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGKILL");
    rmSync(r.dataDir, { recursive: true, force: true });
  }
});

async function health(base: string): Promise<number> {
  return fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0);
}

async function npmStart(): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), "rolegraph-supervision-neo4j-"));
  const port = await freePort();
  const env: Record<string, string> = {
    ...Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !e[0].startsWith("NEO4J_"))),
    PORT: String(port), HOST: "127.0.0.1", NEO4J_DATA_DIR: dataDir, NEO4J_LOCAL_PORT: "0",
  };
  const output: string[] = [];
  const npm = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  npm.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  npm.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const running: Running = { npm, base: `http://127.0.0.1:${port}`, log: () => output.join(""), dataDir, pids: new Map(), bootMs: 0 };
  started.push(running);
  const t0 = performance.now();
  while (!running.log().includes("Rolegraph is running")) {
    if (npm.exitCode !== null) throw new Error(`npm start exited:\n${running.log()}`);
    if (performance.now() - t0 > 240_000) throw new Error(`not up within 240 s:\n${running.log()}`);
    await sleep(250);
  }
  running.bootMs = Math.round(performance.now() - t0);
  for (const p of tree(npm.pid ?? -1)) running.pids.set(role(p), [...(running.pids.get(role(p)) ?? []), p.pid]);
  return running;
}

/** Waits until every process of the tree has gone; returns how long that took, or the ones left. */
async function allGone(r: Running, boundMs: number): Promise<{ ms: number; left: string[] }> {
  const t0 = performance.now();
  const every = [...r.pids.entries()].flatMap(([name, pids]) => pids.map((pid) => ({ name, pid })));
  for (;;) {
    const left = every.filter((p) => alive(p.pid)).map((p) => `${p.name} ${p.pid}`);
    if (left.length === 0 || performance.now() - t0 > boundMs) return { ms: Math.round(performance.now() - t0), left };
    await sleep(100);
  }
}

const pidOf = (r: Running, name: Role): number => {
  const pid = r.pids.get(name)?.[0];
  if (pid === undefined) throw new Error(`no ${name} process in the tree: ${JSON.stringify([...r.pids])}`);
  return pid;
};

describe("supervision of `npm start`", () => {
  it("restarts the embedded Neo4j after kill -9 of its JVM, then SIGTERM to npm stops every process", async () => {
    const r = await npmStart();
    expect(await health(r.base)).toBe(200);
    expect([...r.pids.keys()].sort()).toEqual(expect.arrayContaining(["api", "java", "launcher", "npm"]));
    const java = pidOf(r, "java");
    const killedAt = performance.now();
    process.kill(java, "SIGKILL");
    let sawDown = false;
    for (;;) {
      const status = await health(r.base);
      if (status !== 200) sawDown = true;
      if (status === 200 && sawDown) break;
      expect(performance.now() - killedAt, `/healthz back to 200 within 120 s\n${r.log()}`).toBeLessThan(120_000);
      await sleep(200);
    }
    const recoveredMs = Math.round(performance.now() - killedAt);
    expect(r.log()).toMatch(/neo4j: exited unexpectedly \(SIGKILL\).*restarting in \d+ ms/);
    expect(r.log()).toMatch(/neo4j: restarted at bolt:\/\/127\.0\.0\.1:\d+ in \d+ ms/);
    const restartMs = Number(/neo4j: restarted at \S+ in (\d+) ms/.exec(r.log())?.[1]);
    const newJava = tree(r.npm.pid ?? -1).filter((p) => role(p) === "java").map((p) => p.pid);
    expect(newJava).toHaveLength(1);
    expect(newJava[0]).not.toBe(java);
    r.pids.set("java", [java, ...newJava]);
    // A query, not only the health check, goes through the same driver again.
    const teams = await fetch(`${r.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ teams { id } }" }) });
    expect(teams.status).toBe(200);

    process.kill(pidOf(r, "npm"), "SIGTERM");
    const gone = await allGone(r, 60_000);
    expect(gone.left, r.log()).toEqual([]);
    figures("supervision (kill -9 of Neo4j)", `npm start up in ${r.bootMs} ms (${[...r.pids.keys()].join(", ")}); after kill -9 of the JVM /healthz was 200 again in ${recoveredMs} ms ` +
      `(the launcher restart itself ${restartMs} ms, first delay 500 ms), GraphQL answered; SIGTERM to npm then stopped all ${[...r.pids.values()].flat().length} processes in ${gone.ms} ms`);
  });

  const cases: [Role, NodeJS.Signals][] = sized(
    [["api", "SIGTERM"], ["launcher", "SIGTERM"], ["shell", "SIGTERM"], ["tsx", "SIGTERM"], ["npm", "SIGINT"]],
    [["api", "SIGTERM"], ["launcher", "SIGTERM"], ["shell", "SIGTERM"], ["tsx", "SIGTERM"], ["npm", "SIGINT"], ["api", "SIGINT"], ["launcher", "SIGINT"], ["tsx", "SIGINT"]],
  );
  for (const [target, signal] of cases) {
    it(`${signal} to the ${target} process stops every process of the tree`, async () => {
      const r = await npmStart();
      // tsx's own CLI process is there only while the API runs from TypeScript sources, and
      // npm's `sh -c` only while the start script does not exec (package.json's does).
      if ((target === "tsx" || target === "shell") && !r.pids.has(target)) return void figures(`supervision (${signal} to ${target})`, `no ${target} process in this tree`);
      process.kill(pidOf(r, target), signal);
      const gone = await allGone(r, 60_000);
      expect(gone.left, r.log()).toEqual([]);
      figures(`supervision (${signal} to ${target})`, `all ${[...r.pids.values()].flat().length} processes gone ${gone.ms} ms after ${signal} to ${target}`);
    });
  }

  it("kill -9 of the API leaves no JVM (nor any other process) behind", async () => {
    const r = await npmStart();
    process.kill(pidOf(r, "api"), "SIGKILL");
    const gone = await allGone(r, 60_000);
    expect(gone.left, r.log()).toEqual([]);
    figures("supervision (kill -9 of the API)", `all ${[...r.pids.values()].flat().length} processes, the JVM included, gone ${gone.ms} ms after kill -9 of the API`);
  });
});
