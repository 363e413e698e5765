import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { countElements } from "./count-elements.ts";
import { fastLoad } from "./fast-load.ts";

const SEED_DIR = fileURLToPath(new URL("../../../seed/", import.meta.url));
const seedFiles = readdirSync(SEED_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml")).sort();

/** What the positioned reader (parse.ts's slow path) makes of a text: its data, or undefined when it refuses it. */
function slow(text: string): { data: unknown } | undefined {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  try {
    return { data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return undefined;
  }
}

/** The fast reader may decline anything; what it accepts, `yaml` must accept and read the same. */
function agrees(text: string): boolean {
  const fast = fastLoad(text, 1_000_000);
  if (!fast) return true;
  expect(slow(text), text).toEqual(fast);
  return true;
}

describe("fastLoad", () => {
  it.each(seedFiles)("reads %s fast, as yaml reads it", (file) => {
    const text = readFileSync(join(SEED_DIR, file), "utf8");
    expect(fastLoad(text, 1_000_000)).toEqual(slow(text));
  });

  it("resolves plain scalars as yaml's core schema does, not as js-yaml's", () => {
    const scalars = ["1_000", "0o17", "017", "0x1F", "0x1f", "+5", "-0", ".5", "1.", "1e3", "-2.5E-3", ".inf", "-.Inf", "+.INF", ".NaN", "yes", "No",
      "on", "~", "null", "Null", "NULL", "true", "True", "FALSE", "2024-01-01", "2024-01-01T10:00:00Z", "12:30", "1:20:30", "0b101", "12345678901234567890", "1__0", "0.0", "+.5"];
    for (const value of scalars) {
      const text = `v: ${value}\n`;
      expect(fastLoad(text, 100), text).toEqual(slow(text));
    }
    expect(fastLoad("v: 1_000\n", 100)).toEqual({ data: { v: "1_000" } });
    expect(fastLoad("v: 2024-01-01\n", 100)).toEqual({ data: { v: "2024-01-01" } });
  });

  it("leaves to yaml what the two libraries could read differently", () => {
    for (const text of ["a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: b\n", "[a, b]: c\n", "{a: 1}: c\n", "~: x\n", "null: x\n", ": x\n", "%YAML 1.1\n---\na: yes\n", "{~: x}\n"]) {
      expect(fastLoad(text, 100), text).toBeUndefined();
    }
    // A merge key is a plain key in YAML 1.2, for both.
    expect(fastLoad("a: 1\n<<: {b: 2}\n", 100)).toEqual(slow("a: 1\n<<: {b: 2}\n"));
    expect(fastLoad('{"__proto__": {"x": 1}, "constructor": 2}', 100)).toEqual(slow('{"__proto__": {"x": 1}, "constructor": 2}'));
  });

  it("declines what yaml refuses: broken YAML, duplicate keys, tabs, several documents", () => {
    for (const text of ["name: Data PM: lead\n", "a: 1\na: 2\n", "a:\n\tb: 1\n", "a: 1\n---\nb: 2\n", "a: [1, 2\n", "a: 'x\n", "- a\nb: c\n"]) {
      expect(slow(text), text).toBeUndefined();
      expect(fastLoad(text, 100), text).toBeUndefined();
    }
  });

  it("stops at maxNodes, and each node holds at most two of the elements countElements counts", () => {
    // The map, its key, the list and its three items: six nodes.
    expect(fastLoad("a: [1, 2, 3]\n", 6)).toEqual({ data: { a: [1, 2, 3] } });
    expect(fastLoad("a: [1, 2, 3]\n", 5)).toBeUndefined();
    const block = "roles:\n  - id: a\n    tags: [x, y]\n  - - 1\n    - 2\n";
    const { count } = countElements(block, 1_000);
    expect(fastLoad(block, Math.floor((count - 1) / 2))).toBeUndefined();
  });

  // Values of every shape written in every style yaml writes, and as JSON.
  const text = fc.string({ unit: fc.constantFrom("a", "1", " ", "\n", ":", "-", "#", "'", '"', "\\", "&", "*", "!", "?", "[", "]", "{", "}", ",", "|", ">", "~", ".", "é", "\t", "0", "e", "x") });
  const value = fc.letrec((tie) => ({
    leaf: fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
    node: fc.oneof({ depthSize: "small" }, tie("leaf"), fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(text, tie("node"), { maxKeys: 4 })),
  })).node;

  it("reads every value yaml writes as yaml reads it back", () => {
    fc.assert(fc.property(value, fc.constantFrom("block", "flow", "json"), (v, style) => {
      const written = style === "json" ? JSON.stringify(v) : stringify(v, { collectionStyle: style === "flow" ? "flow" : "any" });
      return agrees(written);
    }), { numRuns: 400, seed: 16 });
  });

  // Longer scraps still find malformed YAML that js-yaml reads and `yaml` refuses (a comment
  // right after a quoted text, `' '#`; a flow map's content at column 0): documents that were
  // refused as broken YAML may now be accepted. Every difference in what a text *means* found
  // that way is left to `yaml` by fast-load.ts's LEFT_TO_YAML.
  it("accepts no scrap of text that yaml refuses or reads otherwise", () => {
    fc.assert(fc.property(text, (scrap) => agrees(scrap)), { numRuns: 3_000, seed: 16 });
  });

  it("never counts fewer than half the elements countElements counts", () => {
    fc.assert(fc.property(value, (v) => {
      const written = stringify(v);
      const { count } = countElements(written, 1_000_000);
      // With one node fewer than half the count allowed, the reader must stop.
      return count < 2 || fastLoad(written, Math.floor((count - 1) / 2)) === undefined;
    }), { numRuns: 300, seed: 16 });
  });
});
