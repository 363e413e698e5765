import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { clearRunning, readRunning, writeRunning } from "./local-neo4j-record.ts";

/**
 * A real Neo4j Community server for machines without Docker: the jars come from Maven
 * Central once (tools/neo4j/pom.xml pins the version), a tiny Java launcher runs it with
 * Bolt on 127.0.0.1. The JVM watches its stdin and shuts down cleanly when we go away,
 * even if we are killed, so no orphan keeps the store lock.
 */
export interface LocalNeo4j {
  uri: string;
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
}

// Found on first use, not at import: an API with NEO4J_URI set (the Docker image has no
// tools/) never starts an embedded Neo4j and must not fail loading this module.
let repoRoot: string | undefined;
const repoRootDir = () => (repoRoot ??= findRepoRoot(dirname(fileURLToPath(import.meta.url))));
const toolDir = () => join(repoRootDir(), "tools", "neo4j");
const launcherSource = () => join(toolDir(), "src", "main", "java", "dev", "rolegraph", "Launcher.java");
// Neo4j 5 reaches into these JDK internals; Java 17 refuses without the flags.
const JVM_FLAGS = [
  "java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch", "java.base/java.lang",
  "java.base/java.util", "java.base/java.util.concurrent",
].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`).concat("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED");

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
    return { uri: running.uri, shared: true, stop: async () => {} };
  }
  const cache = join(repoRootDir(), ".cache", "neo4j", neo4jVersion());
  await ensureJars(cache, log);
  const classes = ensureLauncher(cache, log);
  const port = await choosePort(options.port ?? 0);
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    "java",
    // -Xms as -Xmx, as Neo4j asks in its debug.log: a heap growing from the JVM's default
    // start size spent the first imports in resizing collections.
    [`-Xms${options.heap ?? "1g"}`, `-Xmx${options.heap ?? "1g"}`, ...JVM_FLAGS, "-cp", `${join(cache, "lib", "*")}:${classes}`,
      "dev.rolegraph.Launcher", resolve(options.dataDir), String(port), options.pagecache ?? "256m"],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const uri = await waitForReady(child, options.dataDir);
  log(`neo4j: ready at ${uri} (data in ${options.dataDir})`);
  const pid = child.pid ?? -1;
  writeRunning(options.dataDir, { uri, pid });
  let stopping: Promise<void> | undefined;
  return {
    uri,
    shared: false,
    stop() {
      stopping ??= stopChild(child).finally(() => {
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

function waitForReady(child: ChildProcess, dataDir: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const stderr: string[] = [];
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`neo4j did not start within 180 s; see ${join(dataDir, "logs", "debug.log")}`));
    }, 180_000);
    child.stderr?.on("data", (chunk: Buffer) => stderr.push(...chunk.toString().split("\n")));
    child.stdout?.on("data", (chunk: Buffer) => {
      const ready = /READY (bolt:\/\/\S+)/.exec(chunk.toString());
      if (ready?.[1]) {
        clearTimeout(timer);
        resolvePromise(ready[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const tail = stderr.filter((l) => l.trim()).slice(-15).join("\n");
      const locked = /lock|StoreLockException/i.test(tail) ? " (is another Rolegraph using this data directory?)" : "";
      reject(new Error(`neo4j exited with code ${code} before it was ready${locked}:\n${tail}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.stdin?.end(); // the launcher's cue for a clean shutdown
  const timeout = (ms: number) => new Promise<"timeout">((done) => setTimeout(() => done("timeout"), ms).unref());
  if ((await Promise.race([exited, timeout(30_000)])) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
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
