// `npm run lint` step: fail when package-lock.json holds a package that would make `npm install`
// print EBADENGINE on a Node version the project supports: the lowest one the root
// engines.node admits, and the Node running the check. Held-back versions live in the root
// package.json "overrides" (why: docs/install.md); this keeps them from drifting back.
import { readFileSync } from "node:fs";
import { type LockFile, lowestSupportedNode, unsupportedEngines } from "./engines.ts";

const root = process.argv[2] ?? ".";
const manifest = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { engines?: { node?: string } };
const range = manifest.engines?.node;
if (!range) {
  process.stderr.write(`${root}/package.json has no engines.node: the supported Node is unstated\n`);
  process.exit(2);
}
const lock = JSON.parse(readFileSync(`${root}/package-lock.json`, "utf8")) as LockFile;
const nodes = [...new Set([lowestSupportedNode(range), process.versions.node])];
const problems = unsupportedEngines(lock, nodes);
for (const p of problems) {
  process.stderr.write(`EBADENGINE ${p.path}@${p.version} requires node ${p.required}; the project supports ${range} (checked ${p.node})\n`);
}
if (problems.length > 0) {
  process.stderr.write(`engines: ${problems.length} locked package(s) refuse a supported Node: hold them back with "overrides" in package.json\n`);
  process.exit(1);
}
process.stdout.write(`engines: every locked package accepts Node ${nodes.join(" and ")}\n`);
