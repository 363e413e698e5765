import { afterAll, describe, expect, it } from "vitest";
import { ParsePool } from "./parse-pool.ts";

// Past the 64 KB read in the caller as before: 1,500 artifacts, about 100 KB.
const artifacts = Array.from({ length: 1_500 }, (_, i) => `  - { id: artifact-${i}, name: Artifact number ${i}, external: true }`);
const document = (lines: string[]) => `version: 1\nteam: { id: big-team, name: Big team }\nroles: []\nartifacts:\n${lines.join("\n")}\n`;

describe("ParsePool", () => {
  const pool = new ParsePool();
  afterAll(() => pool.close());

  it("reads a valid document between 64 and 256 KB as a team", async () => {
    const text = document(artifacts);
    expect(text.length).toBeGreaterThan(64 * 1024);
    const result = await pool.parse(text, {});
    expect(result.ok && result.team.artifacts.length).toBe(1_500);
  });

  it("still gives a bad one its path and line (read again with positions)", async () => {
    const bad = [...artifacts];
    bad[1_200] = "  - { id: artifact-1200, name: Artifact number 1200, external: maybe }";
    const result = await pool.parse(document(bad), {});
    expect(result).toEqual({
      ok: false,
      errors: [{ path: "artifacts[1200].external", message: "Invalid input: expected boolean, received string", line: 1_205, column: 64 }],
    });
  });
});
