// `node scripts/measure-start.mjs [runs] -- COMMAND...`: cold start of the API, as
// docs/performance.md quotes it. Spawns COMMAND with PORT set, polls /healthz until it answers
// 200, then reads the CPU time spent so far and, a second later, the resident memory of the
// whole process tree (tsx runs the server in a child process), and stops it. CPU time is the
// figure that holds on a busy machine; wall time grows with the load. Neo4j must already be
// running: set NEO4J_URI, so the figure is the API's own start-up, not the database's.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { readFileSync, readdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const split = process.argv.indexOf("--");
const runs = Number(process.argv[2] && split !== 2 ? process.argv[2] : 5);
const command = process.argv.slice(split + 1);
if (split < 0 || command.length === 0) {
  console.error("usage: node scripts/measure-start.mjs [runs] -- COMMAND...");
  process.exit(2);
}
if (!process.env.NEO4J_URI) {
  console.error("set NEO4J_URI to a running Neo4j (npm run neo4j)");
  process.exit(2);
}

/** Resident set (MB) and CPU time used so far (ms) of `pid` and its descendants (Linux /proc). */
function treeUsage(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  let ticks = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop();
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${next}/status`, "utf8"))?.[1] ?? 0);
      // utime and stime, fields 14 and 15 of /proc/PID/stat (after the parenthesised name).
      const fields = readFileSync(`/proc/${next}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // Gone.
    }
    pending.push(...(children.get(next) ?? []));
  }
  // Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100).
  return { rss: kb / 1024, cpu: ticks * 10 };
}

async function once(port) {
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { env: { ...process.env, PORT: String(port), LOG_LEVEL: "warn" }, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((done) => child.once("exit", done));
  let ready;
  let cpu = 0;
  while (ready === undefined) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) {
        ready = performance.now() - started;
        cpu = treeUsage(child.pid).cpu;
      }
    } catch {
      // Not listening yet.
    }
    if (ready === undefined) await sleep(10);
  }
  // Memory once the first answer is out and start-up garbage had a moment to settle.
  await sleep(1000);
  const { rss } = treeUsage(child.pid);
  process.kill(-child.pid, "SIGTERM");
  await exited;
  return { ms: ready, cpu, rss };
}

/** A port nobody listens on now (other processes on this machine use fixed ones). */
async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (let i = 0; i <= runs; i++) {
  const result = await once(await freePort());
  // The first run seeds an empty database and warms the OS file cache: not counted.
  if (i > 0) results.push(result);
  console.error(`run ${i}${i === 0 ? " (warm-up, not counted)" : ""}: ${Math.round(result.ms)} ms to /healthz 200 (${result.cpu} ms CPU), ${Math.round(result.rss)} MB RSS`);
}
console.log(`${command.join(" ")}: median of ${runs}: ${Math.round(median(results.map((r) => r.ms)))} ms to /healthz 200, ${median(results.map((r) => r.cpu))} ms CPU, ${Math.round(median(results.map((r) => r.rss)))} MB RSS`);
