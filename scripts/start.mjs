// `npm start`: builds the explorer and compiles the API when their sources are newer than the
// builds, then runs the compiled API with plain node (which starts or connects to Neo4j, seeds
// the example team and serves everything). `npm run dev` runs the TypeScript through tsx.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build, CONDITION } from "./build-api.mjs";

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
const server = spawn(process.execPath, [`--conditions=${CONDITION}`, join(root, "apps", "api", "dist", "server.js")], { cwd: root, stdio: "inherit", env });
// The terminal sends Ctrl-C to the whole group; a `kill` of this process alone is passed on.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
