// `node scripts/build-api.mjs [--if-stale]`: compiles the API and the workspace packages it
// uses to JavaScript (each one's tsconfig.build.json: src/ to dist/), so production runs plain
// `node --conditions=compiled apps/api/dist/server.js` with no TypeScript loader. A package is
// built before the packages that depend on it. --if-stale skips what is up to date, which is
// what `npm start` does on every start. Type checking stays `npm run typecheck`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
/** The condition under which workspace packages export their dist/ (see packages/schema/package.json). */
export const CONDITION = "compiled";
const STAMP = ".built";

/**
 * Newest modification time under `path` (directories count: deleting a file changes its
 * directory); 0 when it does not exist, as in the Docker image, which has dist/ but no src/.
 */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** The workspace directories to compile, dependencies first: packages/* with a build config, then apps/api. */
export function buildOrder() {
  const dirs = readdirSync(join(root, "packages")).map((name) => join("packages", name)).concat(join("apps", "api"))
    .filter((dir) => existsSync(join(root, dir, "tsconfig.build.json")));
  const manifest = (dir) => JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  const byName = new Map(dirs.map((dir) => [manifest(dir).name, dir]));
  const ordered = [];
  const visit = (dir) => {
    if (ordered.includes(dir)) return;
    for (const dep of Object.keys(manifest(dir).dependencies ?? {})) if (byName.has(dep)) visit(byName.get(dep));
    ordered.push(dir);
  };
  dirs.forEach(visit);
  return ordered;
}

/** True when `dir`'s dist/ is missing or older than its sources or build settings. */
export function isStale(dir) {
  const stamp = join(root, dir, "dist", STAMP);
  if (!existsSync(stamp)) return true;
  const inputs = [join(root, dir, "src"), join(root, dir, "tsconfig.build.json"), join(root, dir, "package.json"), join(root, "tsconfig.base.json")];
  return Math.max(...inputs.map(newest)) > statSync(stamp).mtimeMs;
}

/** Compiles each stale (or, without ifStale, every) directory; false when tsc failed. */
export function build({ ifStale = false, log = (line) => console.error(line) } = {}) {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  for (const dir of buildOrder()) {
    if (ifStale && !isStale(dir)) continue;
    log(`compiling ${dir}...`);
    // From scratch: JavaScript left from a deleted or moved source file must not linger.
    rmSync(join(root, dir, "dist"), { recursive: true, force: true });
    const result = spawnSync(process.execPath, [tsc, "-p", join(root, dir, "tsconfig.build.json")], { cwd: root, stdio: "inherit" });
    if (result.status !== 0) return false;
    writeFileSync(join(root, dir, "dist", STAMP), `${new Date().toISOString()}\n`);
  }
  return true;
}

if (import.meta.filename === process.argv[1]) {
  process.exitCode = build({ ifStale: process.argv.includes("--if-stale") }) ? 0 : 1;
}
