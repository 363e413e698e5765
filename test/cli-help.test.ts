import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../apps/api/src/cli/main.ts";

// `rolegraph COMMAND --help` prints the command's usage and exits 0 for every command,
// without configuration and without Neo4j (a bad NEO4J_URI would otherwise fail first).
afterEach(() => vi.restoreAllMocks());

describe("--help on every command", () => {
  it.each(["import", "lint", "report", "export", "teams", "validate", "handoff", "handoff submit"])("rolegraph %s --help", async (command) => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    const code = await main([...command.split(" "), "--help"], { NEO4J_URI: "not a uri" });
    expect(code).toBe(0);
    expect(written.join("")).toMatch(new RegExp(`^usage: rolegraph ${command.split(" ")[0]}\\b`));
  });

  it("handoff --help documents the payload and points at the seeded examples", async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    await main(["handoff", "submit", "--help"], {});
    expect(written.join("")).toContain("seed/examples/handoffs/pm-to-architect.json");
    expect(written.join("")).toContain("rolegraph handoff submit TEAM CONTRACT PAYLOAD.json");
  });
});
