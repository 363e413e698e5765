import { describe, expect, it } from "vitest";
import { nestingDepth } from "./limits.ts";

describe("nestingDepth", () => {
  it("counts selection sets, arguments and lists, not brackets in strings or comments", () => {
    expect(nestingDepth(`{ team(id: "x") { roles { id } } }`)).toBe(3);
    expect(nestingDepth(`{ a(list: [[1], [2]]) }`)).toBe(4);
    expect(nestingDepth(`{ a(s: "{{{{[[[(((") # {{{{{{{\n b }`)).toBe(2);
    expect(nestingDepth(`{ a(s: """ {{{ \\""" {{{ """) }`)).toBe(2);
    expect(nestingDepth(`{ a(s: "\\"{{{") }`)).toBe(2);
    expect(nestingDepth(`${"{ a ".repeat(5000)}${"}".repeat(5000)}`)).toBe(5000);
  });
});
