import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensurePassword, LOCAL_USER, passwordPath, readPassword } from "./local-neo4j-password.ts";
import { launch } from "./local-neo4j-process.ts";
import { clearRunning, readRunning, writeRunning } from "./local-neo4j-record.ts";
import { readLastStart, startingMessage, writeLastStart } from "./local-neo4j-start-time.ts";
import { supervise } from "./local-neo4j-supervisor.ts";

/**
 * A real Neo4j Community server for machines without Docker: the jars come from Maven
 * Central once (tools/neo4j/pom.xml pins the version), a tiny Java launcher runs it with
 * Bolt on 127.0.0.1, a password (see local-neo4j-password.ts) and nothing else listening.
 * The JVM watches its stdin and its parent and shuts down cleanly when we go away, even if
 * we are killed, so no orphan keeps the store lock; when it dies on its own we restart it.
 */
export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** True when another process started it (we only connected): stop() leaves it running. */
  shared: boolean;
  stop(): Promise<void>;
}
export interface LocalNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port; a busy preferred port falls back to a free one. */
  port?: number;
  heap?: string;
  pagecache?: string;
  log?: (line: string) => void;
  /** Neo4j kept dying after every restart (see local-neo4j-supervisor.ts); by default only logged. */
  onGiveUp?: (error: Error) => void;
}

// Found on first use, not at import: an API with NEO4J_URI set (the Docker image has no
// tools/) never starts an embedded Neo4j and must not fail loading this module.
let repoRoot: string | undefined;
const repoRootDir = () => (repoRoot ??= findRepoRoot(dirname(fileURLToPath(import.meta.url))));
const toolDir = () => join(repoRootDir(), "tools", "neo4j");
const launcherSource = () => join(toolDir(), "src", "main", "java", "dev", "rolegraph", "Launcher.java");

export function neo4jVersion(): string {
  const pom = readFileSync(join(toolDir(), "pom.xml"), "utf8");
  const match = /<artifactId>neo4j<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom);
  if (!match?.[1]) throw new Error(`cannot read the Neo4j version from ${join(toolDir(), "pom.xml")}`);
  return match[1];
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const running = readRunning(options.dataDir);
  if (running) {
    log(`neo4j: using the one already running for ${options.dataDir} at ${running.uri} (pid ${running.pid})`);
    return { uri: running.uri, user: LOCAL_USER, password: readPassword(options.dataDir), shared: true, stop: async () => {} };
  }
  // Said first, before the jars, the launcher and the JVM: the wait that follows is long.
  log(startingMessage(options.dataDir, readLastStart(options.dataDir)));
  const began = performance.now();
  const cache = join(repoRootDir(), ".cache", "neo4j", neo4jVersion());
  await ensureJars(cache, log);
  const password = ensurePassword(options.dataDir, log);
  const start = (port: number) => launch({ lib: join(cache, "lib"), classes: ensureLauncher(cache, log), dataDir: options.dataDir, port,
    heap: options.heap ?? "1g", pagecache: options.pagecache ?? "256m", passwordFile: passwordPath(options.dataDir) });
  const first = await start(await choosePort(options.port ?? 0));
  const { uri } = first;
  const took = performance.now() - began;
  writeLastStart(options.dataDir, took);
  log(`neo4j: ready at ${uri} after ${(took / 1000).toFixed(1)} s (data in ${options.dataDir})`);
  writeRunning(options.dataDir, { uri, pid: first.child.pid ?? -1 });
  const supervisor = supervise(first, {
    start,
    log,
    onRestarted: (child) => writeRunning(options.dataDir, { uri, pid: child.pid ?? -1 }),
    onGiveUp: options.onGiveUp ?? (() => {}),
  });
  const killOnExit = () => supervisor.current()?.kill("SIGKILL");
  process.once("exit", killOnExit);
  let stopping: Promise<void> | undefined;
  return {
    uri,
    user: LOCAL_USER,
    password,
    shared: false,
    stop() {
      const pid = supervisor.current()?.pid ?? -1;
      stopping ??= supervisor.stop().finally(() => {
        process.off("exit", killOnExit);
        clearRunning(options.dataDir, pid);
      });
      return stopping;
    },
  };
}

async function ensureJars(cache: string, log: (line: string) => void): Promise<void> {
  const lib = join(cache, "lib");
  if (existsSync(join(lib, ".complete"))) return;
  requireTool("mvn", "Maven");
  log(`neo4j: first run, fetching Neo4j ${neo4jVersion()} from Maven Central (about 120 MB, once) into ${lib}`);
  const partial = `${lib}.partial`;
  rmSync(partial, { recursive: true, force: true });
  let files = 0;
  await run("mvn", ["-B", "-f", join(toolDir(), "pom.xml"), "dependency:copy-dependencies", `-DoutputDirectory=${partial}`], (line) => {
    if (line.includes("Downloaded from")) {
      files += 1;
      if (files % 25 === 0) log(`neo4j: downloaded ${files} files...`);
    }
  });
  rmSync(lib, { recursive: true, force: true });
  renameSync(partial, lib);
  writeFileSync(join(lib, ".complete"), new Date().toISOString());
  log(`neo4j: jars ready (${files} files downloaded)`);
}

function ensureLauncher(cache: string, log: (line: string) => void): string {
  const classes = join(cache, "classes");
  const compiled = join(classes, "dev", "rolegraph", "Launcher.class");
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(launcherSource()).mtimeMs) return classes;
  requireTool("javac", "a Java 17 JDK");
  log("neo4j: compiling the launcher");
  const result = spawnSync("javac", ["-cp", join(cache, "lib", "*"), "-d", classes, launcherSource()], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`javac failed:\n${result.stderr}`);
  return classes;
}

async function choosePort(preferred: number): Promise<number> {
  if (preferred === 0) return 0;
  const free = await new Promise<boolean>((done) => {
    const server = createServer().once("error", () => done(false));
    server.listen(preferred, "127.0.0.1", () => server.close(() => done(true)));
  });
  return free ? preferred : 0;
}

function requireTool(command: string, what: string): void {
  const probe = spawnSync(command, ["-version"], { encoding: "utf8" });
  if (probe.error) {
    throw new Error(`'${command}' was not found: the embedded Neo4j needs ${what}. Install it, or set NEO4J_URI to a running Neo4j 5.`);
  }
}

function run(command: string, args: string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    const take = (chunk: Buffer) => chunk.toString().split("\n").forEach((line) => (output.push(line), onLine(line)));
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.once("error", fail);
    child.once("exit", (code) =>
      code === 0 ? done() : fail(new Error(`${command} failed (${code}):\n${output.slice(-20).join("\n")}`)));
  });
}

function findRepoRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "tools", "neo4j", "pom.xml"))) return dir;
  }
  throw new Error(`cannot find tools/neo4j/pom.xml above ${start}`);
}
