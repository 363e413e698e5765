// `npm start`: builds the explorer and compiles the API when their sources are newer than the
// builds, then runs the compiled API with plain node (which starts or connects to Neo4j, seeds
// the example team and serves everything). `npm run dev` runs the TypeScript through tsx.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { build, CONDITION } from "./build-api.mjs";
import { forwardSignalsOnce } from "./forward-signals.mjs";

const root = join(import.meta.dirname, "..");
const explorer = join(root, "apps", "explorer");

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = join(explorer, "dist", "index.html");
if (existsSync(join(explorer, "index.html"))) {
  const sources = Math.max(newest(join(explorer, "src")), statSync(join(explorer, "index.html")).mtimeMs);
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.error("building the explorer...");
    const build = spawnSync("npm", ["run", "build", "-w", "@rolegraph/explorer"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) console.error("the explorer did not build; the API still starts (see the errors above)");
  }
}

if (!build({ ifStale: true })) {
  console.error("the API did not compile (see the errors above)");
  process.exit(1);
}
// Production mode unless told otherwise: graphql-js's development checks cost every field
// of every answer (the Docker image sets the same).
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" };
// A heap cap (MB; API_HEAP_MB overrides, NODE_OPTIONS' own cap wins): without one V8 lets the
// heap grow towards a quarter of the machine's memory before collecting hard, and at XL the
// realistic load took the API past 2 GB of RSS and then out of memory at 4 GB. With 1024 the
// API ran the XL mix at 1.0-1.2 GB RSS (docs/performance.md, "h21-mix").
const heapCap = /--max-old-space-size/.test(env.NODE_OPTIONS ?? "") ? [] : [`--max-old-space-size=${env.API_HEAP_MB ?? "1024"}`];
const server = spawn(process.execPath, [...heapCap, `--conditions=${CONDITION}`, join(root, "apps", "api", "dist", "server.js")], { cwd: root, stdio: "inherit", env });
// The terminal sends Ctrl-C to the whole group; a `kill` of this process alone is passed on,
// once: a second SIGINT must not reach the API mid-drain (forward-signals.mjs).
forwardSignalsOnce(server);
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// npm runs a script under `sh -c`, and dash does not exec the command: a SIGTERM sent to npm is
// passed to that shell, which dies of it and left us running (a SIGINT it holds until we exit,
// which we never did). package.json's `exec` makes us npm's child; and should our parent go
// away anyway (npm killed with -9, another script shell), that is a SIGTERM: the API stops
// in order and we exit with it.
const parent = parentPid();
const watch = setInterval(() => {
  if (parentPid() === parent) return;
  clearInterval(watch);
  console.error(`rolegraph: the process that started us (pid ${parent}) is gone; stopping`);
  server.kill("SIGTERM");
}, 250);
watch.unref();

/** The parent's pid now (process.ppid is read once, at start): from /proc where there is one. */
function parentPid() {
  try {
    // Field 4 of /proc/self/stat, after the command name in parentheses (which may hold spaces).
    return Number(readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ")[1]);
  } catch {
    try {
      process.kill(process.ppid, 0);
      return process.ppid;
    } catch {
      return -1;
    }
  }
}
