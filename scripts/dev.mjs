// `npm run dev`: the API with reload on change, and Vite's dev server for the explorer
// (which proxies /graphql to the API).
import { spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const children = [
  spawn("npm", ["run", "dev", "-w", "@rolegraph/api"], { cwd: root, stdio: "inherit" }),
  spawn("npm", ["run", "dev", "-w", "@rolegraph/explorer"], { cwd: root, stdio: "inherit" }),
];
const stop = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
children.forEach((child) => child.on("exit", (code) => { stop("SIGTERM"); process.exitCode = code ?? 0; }));
