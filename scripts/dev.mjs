// `npm run dev`: the API with reload on change, and Vite's dev server for the explorer
// (which proxies /graphql to the API).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { forwardSignalsOnce } from "./forward-signals.mjs";

const root = join(import.meta.dirname, "..");
const children = [
  spawn("npm", ["run", "dev", "-w", "@rolegraph/api"], { cwd: root, stdio: "inherit" }),
  spawn("npm", ["run", "dev", "-w", "@rolegraph/explorer"], { cwd: root, stdio: "inherit" }),
];
const stop = (signal) => children.forEach((child) => child.kill(signal));
// Once: tsx takes a second SIGINT as "force" and SIGKILLs the API mid-drain (forward-signals.mjs).
forwardSignalsOnce({ kill: stop });
children.forEach((child) => child.on("exit", (code) => { stop("SIGTERM"); process.exitCode = code ?? 0; }));
