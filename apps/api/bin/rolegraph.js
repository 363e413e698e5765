#!/usr/bin/env node
// The `rolegraph` CLI: runs the compiled JavaScript when it is up to date with the sources
// (`npm run build`, `npm start` and the Docker image compile it), otherwise the TypeScript
// through tsx, so a checkout works with no build step and an edit is never run stale.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildOrder, CONDITION, isStale } from "../../../scripts/build-api.mjs";

const api = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = !buildOrder().some(isStale);
const entry = compiled
  ? [`--conditions=${CONDITION}`, join(api, "dist", "cli", "main.js")]
  : [createRequire(import.meta.url).resolve("tsx/cli"), join(api, "src", "cli", "main.ts")];
const result = spawnSync(process.execPath, [...entry, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 2);
