import { spawn, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";

// Neo4j 5 reaches into these JDK internals; Java 17 refuses without the flags.
const JVM_FLAGS = [
  "java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch", "java.base/java.lang",
  "java.base/java.util", "java.base/java.util.concurrent",
].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`).concat("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED");

export interface LauncherArgs {
  /** The jars' directory and the compiled launcher's classes directory. */
  lib: string;
  classes: string;
  dataDir: string;
  port: number;
  heap: string;
  pagecache: string;
  passwordFile: string;
}

/** One JVM running the launcher, and the Bolt URI it reported once ready. */
export interface Launched {
  child: ChildProcess;
  uri: string;
}

/** Starts the launcher and waits for its READY line (or its early death, as an error). */
export async function launch(args: LauncherArgs): Promise<Launched> {
  const child = spawn(
    "java",
    // -Xms as -Xmx, as Neo4j asks in its debug.log: a heap growing from the JVM's default
    // start size spent the first imports in resizing collections.
    [`-Xms${args.heap}`, `-Xmx${args.heap}`, ...JVM_FLAGS, "-cp", `${join(args.lib, "*")}:${args.classes}`,
      "dev.rolegraph.Launcher", resolve(args.dataDir), String(args.port), args.pagecache, resolve(args.passwordFile)],
    // Its own process group: a Ctrl-C in the terminal reaches the API, which stops Neo4j in
    // order; the JVM still ends with us (it watches its stdin and its parent).
    { stdio: ["pipe", "pipe", "pipe"], detached: true },
  );
  return { child, uri: await waitForReady(child, args.dataDir) };
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
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const tail = stderr.filter((l) => l.trim()).slice(-15).join("\n");
      const locked = /lock|StoreLockException/i.test(tail) ? " (is another Rolegraph using this data directory?)" : "";
      reject(new Error(`neo4j exited with code ${code} before it was ready${locked}:\n${tail}`));
    });
  });
}

/** Closes the launcher's stdin (its cue for a clean shutdown); SIGKILL after 30 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.stdin?.end();
  const timeout = (ms: number) => new Promise<"timeout">((done) => setTimeout(() => done("timeout"), ms).unref());
  if ((await Promise.race([exited, timeout(30_000)])) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}
