import { describe, expect, it } from "vitest";
import { closest } from "./closest.ts";

const ROLES = ["data-pm", "architect", "engineer", "qa-data-lead"];

describe("closest", () => {
  it("finds the id a typo was meant to be", () => {
    expect(closest("architcet", ROLES)).toBe("architect");
    expect(closest("data-p", ROLES)).toBe("data-pm");
    expect(closest("enginer", ROLES)).toBe("engineer");
  });

  it("returns an exact match itself", () => {
    expect(closest("engineer", ROLES)).toBe("engineer");
  });

  it("suggests nothing when nothing is near", () => {
    expect(closest("leadership", ROLES)).toBeUndefined();
    expect(closest("anything", [])).toBeUndefined();
  });

  it("allows two edits on a short word, half the length on a long one", () => {
    expect(closest("ab", ["xy"])).toBe("xy");
    expect(closest("ab", ["xyz"])).toBeUndefined();
    // 12 characters: up to 6 edits.
    expect(closest("problem-brie", ["problem-brief"])).toBe("problem-brief");
    expect(closest("abcdefghijkl", ["abcdefzzzzzz"])).toBe("abcdefzzzzzz");
    expect(closest("abcdefghijkl", ["abcdezzzzzzz"])).toBeUndefined();
  });

  it("prefers the first of equally near candidates, so suggestions are stable", () => {
    expect(closest("cat", ["bat", "hat"])).toBe("bat");
  });
});
