import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const ROOT = join(import.meta.dirname, "..");

export interface ApiProcess {
  url: string;
  pid: number;
  /** `npm start`'s spawn to the first /healthz 200, against a Neo4j already running (the API's own start-up). */
  startMs: number;
  /** Resident memory of the API process now, in MB (Linux /proc). */
  rssMb(): number;
  /** The Prometheus text the API serves at /metrics. */
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The API as `npm start` starts it (scripts/start.mjs: compiled, plain node), in a process of
 * its own over the bench's Neo4j: its memory is then the API's alone, not the bench's with a
 * generated organisation in it, and the load crosses a real socket between two processes.
 */
export async function startApiProcess(options: {
  uri: string; user: string; password: string; database: string;
  env?: Record<string, string>; log: (line: string) => void;
}): Promise<ApiProcess> {
  // As npm start does: compile what is stale (nothing, when the sources have not changed).
  const port = await freePort();
  const started = performance.now();
  // `npm start` is `exec node scripts/start.mjs`: it compiles what is stale (nothing, warm),
  // then runs the compiled API in a child process, whose memory is the API's.
  // The API gets npm start's defaults, not the bench's own node options (a larger heap for XL).
  const { NODE_OPTIONS: _benchNodeOptions, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...inherited, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port),
      NEO4J_URI: options.uri, NEO4J_USER: options.user, NEO4J_PASSWORD: options.password, NEO4J_DATABASE: options.database,
      // A request line per request at 3,000 requests a second is the log's cost, not the API's.
      LOG_LEVEL: "warn",
      ...options.env,
    },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  await untilHealthy(base, child, () => stderr);
  const startMs = Math.round(performance.now() - started);
  const pid = serverPid(child.pid ?? 0);
  options.log(`API process ${pid} healthy in ${startMs} ms (${JSON.stringify(options.env ?? {})})`);
  return {
    url: `${base}/graphql`,
    pid,
    startMs,
    rssMb: () => rssMb(pid),
    metrics: async () => (await fetch(`${base}/metrics`)).text(),
    stop: () => stop(child),
  };
}

async function untilHealthy(base: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${stderr()}`);
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(25);
  }
  child.kill("SIGKILL");
  throw new Error(`the API was not healthy within 120 s: ${stderr()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => { clearTimeout(force); done(); });
    child.kill("SIGTERM");
  });
}

/** start.mjs's one child: the API server (Linux /proc). */
function serverPid(wrapper: number): number {
  const children = readFileSync(`/proc/${wrapper}/task/${wrapper}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  const [server] = children;
  if (children.length !== 1 || server === undefined) throw new Error(`expected one API process under npm start (${wrapper}), found ${children.length}`);
  return server;
}

export function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A counter's value in Prometheus text (the sum over its label sets), 0 when absent. */
export function counter(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== " " && rest[0] !== "{") continue;
    sum += Number(rest.slice(rest.lastIndexOf(" ") + 1));
  }
  return sum;
}
