import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type LockFile, lowestSupportedNode, unsupportedEngines } from "../scripts/engines.ts";
import { ROOT } from "./helpers.ts";

// Issue 20: `npm install` on the supported Node printed 165 EBADENGINE lines. The lock now holds
// versions that accept Node 20 (root "overrides"); scripts/check-engines.ts in `npm run lint`
// keeps it so. These tests show the check passes on the real lock and fails on a bad one.
const lockOf = (packages: LockFile["packages"]): LockFile => ({ packages });
const BAD = lockOf({
  "": { engines: { node: ">=20.19" } },
  "node_modules/@whatwg-node/promise-helpers": { version: "2.0.2", engines: { node: ">=22.15.0" } },
  "node_modules/tslib": { version: "2.8.1" },
  "apps/api": { engines: { node: ">=99" } },
  "node_modules/@rolegraph/api": { link: true },
  "node_modules/old": { version: "1.0.0", engines: ["node >= 0.4"] },
});

describe("engines of the locked packages", () => {
  it("reads the lowest supported Node from the root range", () => {
    expect(lowestSupportedNode(">=20.19")).toBe("20.19.0");
    expect(lowestSupportedNode("^20.19.0 || >=22.12")).toBe("20.19.0");
  });

  it("names a package whose engines.node refuses a supported Node, and nothing else", () => {
    expect(unsupportedEngines(BAD, ["20.19.0", "22.15.0"])).toEqual([
      { path: "node_modules/@whatwg-node/promise-helpers", version: "2.0.2", required: ">=22.15.0", node: "20.19.0" },
    ]);
  });

  it("finds none in the project's package-lock.json, for the lowest supported Node and this one", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as LockFile;
    const range = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    expect(unsupportedEngines(lock, [lowestSupportedNode(range), process.versions.node])).toEqual([]);
  });

  it("fails the lint step on a lock that would print EBADENGINE", () => {
    const dir = mkdtempSync(join(tmpdir(), "rolegraph-engines-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ engines: { node: ">=20.19" } }));
    writeFileSync(join(dir, "package-lock.json"), JSON.stringify(BAD));
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "check-engines.ts"), dir], { encoding: "utf8", cwd: ROOT });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("EBADENGINE node_modules/@whatwg-node/promise-helpers@2.0.2 requires node >=22.15.0");
  });
});
