import { describe, expect, it } from "vitest";
import { countElements } from "./count-elements.ts";
import { parseTeamDocument } from "./parse.ts";

describe("countElements", () => {
  it("counts every key, value, list and list item, in YAML and in JSON alike", () => {
    expect(countElements("a: 1\nb:\n  - x\n  - 'y'\nc: |\n  text\n", 100)).toEqual({ count: 9 });
    expect(countElements('{"a": [1, "x", {"b": null}], "c": []}', 100)).toEqual({ count: 10 });
    expect(countElements("a: &x [1, 2]\nb: *x\n", 100)).toEqual({ count: 6 });
  });

  it("stops at the first element past the limit and says where it is", () => {
    expect(countElements("a: b\nc: d\n", 2)).toEqual({ count: 3, over: { line: 2, column: 1 } });
    expect(countElements("x: [1, 2, 3, 4]\n", 4)).toEqual({ count: 5, over: { line: 1, column: 11 } });
  });
});

describe("parseTeamDocument's element limit", () => {
  const roles = (n: number) => Array.from({ length: n }, (_, i) => `  - { id: r${i}, name: R${i} }`).join("\n");
  const doc = (n: number) => `version: 1\nteam: { id: t, name: T }\nartifacts: []\nroles:\n${roles(n)}\n`;

  it("refuses a document over maxElements before building it, naming the limit and the line", () => {
    const result = parseTeamDocument(doc(100), { maxElements: 300 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(/more than 300 elements .*the limit is 300 \(MAX_DOCUMENT_ELEMENTS\)/);
    // 10 elements before the roles, 6 per role: the 301st is in role 48, on line 53.
    expect(result.errors[0]?.line).toBe(53);
  });

  it("accepts the same document under a limit it fits", () => {
    expect(parseTeamDocument(doc(100), { maxElements: 700 }).ok).toBe(true);
  });
});
