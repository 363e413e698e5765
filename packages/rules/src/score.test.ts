import { describe, expect, it } from "vitest";
import { roleScores, scoreOf, teamScore } from "./score.ts";
import type { Finding } from "./types.ts";

const f = (severity: Finding["severity"], roles: string[] = []): Finding =>
  ({ rule: "orphan-output", severity, subjectKind: "artifact", subjectId: "x", related: [], message: "", remediation: "", roles, stages: [] });

describe("score", () => {
  it("is 100 without findings, halves when the weight equals the capacity, and never reaches 0", () => {
    expect(scoreOf(0, 4)).toBe(100);
    expect(scoreOf(40, 4)).toBe(50);
    expect(scoreOf(10_000, 1)).toBe(0); // rounds to 0 only for absurd weights
    expect(scoreOf(1_000, 1)).toBe(1);
  });

  it("weighs an error 10, a warning 3 and an info 1, with 10 of capacity per role", () => {
    // The startup example: 3 errors and 4 warnings in a team of 4 roles: 100 * 40 / (40 + 42).
    expect(teamScore([f("error"), f("error"), f("error"), f("warning"), f("warning"), f("warning"), f("warning")], 4)).toBe(49);
    expect(teamScore([f("warning"), f("warning"), ...Array.from({ length: 7 }, () => f("info"))], 9)).toBe(87);
    expect(teamScore([f("error")], 0)).toBe(50);
  });

  it("scores each role on the findings it is accountable for", () => {
    expect(roleScores([f("error", ["a"]), f("warning", ["a", "b"]), f("info", [])], ["a", "b", "c"])).toEqual([
      { roleId: "a", score: 43 }, { roleId: "b", score: 77 }, { roleId: "c", score: 100 },
    ]);
  });
});
