import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearRunning, readRunning, writeRunning } from "./local-neo4j-record.ts";

let dir = "";
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "rolegraph-record-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the running-server record", () => {
  it("is ignored when its process is gone or is not our launcher, so a crash never blocks a start", () => {
    writeRunning(dir, { uri: "bolt://127.0.0.1:7687", pid: 2 ** 22 + 12345 });
    expect(readRunning(dir)).toBeUndefined();
    writeRunning(dir, { uri: "bolt://127.0.0.1:7687", pid: process.pid }); // alive, but vitest, not Neo4j
    expect(readRunning(dir)).toBeUndefined();
  });

  it("is ignored when unreadable, and cleared only by the process that wrote it", () => {
    writeFileSync(join(dir, "rolegraph-running.json"), "{not json");
    expect(readRunning(dir)).toBeUndefined();
    writeRunning(dir, { uri: "bolt://127.0.0.1:7687", pid: 42 });
    clearRunning(dir, 43);
    expect(existsSync(join(dir, "rolegraph-running.json"))).toBe(true);
    clearRunning(dir, 42);
    expect(existsSync(join(dir, "rolegraph-running.json"))).toBe(false);
  });
});
