import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLastStart, startingMessage, writeLastStart } from "./local-neo4j-start-time.ts";

describe("the embedded Neo4j's start time", () => {
  it("says before starting why it starts and, from the last start, for how long", () => {
    expect(startingMessage(".data/neo4j", 14_400)).toBe(
      "neo4j: no Neo4j running for .data/neo4j and NEO4J_URI unset: starting the embedded one (a JVM), about 14 s (the last start here)",
    );
    expect(startingMessage("d", 200)).toContain("about 1 s");
  });

  it("claims no figure when no start was recorded", () => {
    const message = startingMessage("d", undefined);
    expect(message).toContain("starting the embedded one (a JVM)");
    expect(message).not.toMatch(/about \d/);
  });

  it("remembers the last start in the data directory and ignores a record it cannot read", () => {
    const dir = mkdtempSync(join(tmpdir(), "rolegraph-start-time-"));
    expect(readLastStart(dir)).toBeUndefined();
    writeLastStart(dir, 21_456.7);
    expect(readLastStart(dir)).toBe(21_457);
    writeFileSync(join(dir, "rolegraph-last-start.json"), "{\"ms\": \"soon\"}");
    expect(readLastStart(dir)).toBeUndefined();
  });
});
