import { describe, expect, it } from "vitest";
import { entryBytes, ResponseCache } from "./response-cache.ts";

const body = (text: string) => ({ body: text, contentType: "application/json" });

describe("ResponseCache", () => {
  it("answers what was stored, until it expires", () => {
    let now = 0;
    const cache = new ResponseCache({ maxBytes: 1_000, ttlMs: 100 }, () => now);
    expect(cache.set("a", body("1"), cache.generation)).toBe(true);
    now = 100;
    expect(cache.get("a")?.body).toBe("1");
    now = 101;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it("refuses a response computed before the graph changed", () => {
    const cache = new ResponseCache({ maxBytes: 1_000, ttlMs: 1_000 });
    const since = cache.generation;
    cache.clear();
    expect(cache.set("a", body("stale"), since)).toBe(false);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.set("a", body("fresh"), cache.generation)).toBe(true);
  });

  it("forgets everything on clear", () => {
    const cache = new ResponseCache({ maxBytes: 1_000, ttlMs: 1_000 });
    cache.set("a", body("1"), cache.generation);
    cache.set("b", body("2"), cache.generation);
    cache.clear();
    expect([cache.get("a"), cache.get("b")]).toEqual([undefined, undefined]);
    expect(cache.size.bytes).toBe(0);
  });

  it("evicts the least recently used past the byte limit", () => {
    const cost = entryBytes("a", body("aaaaa"));
    const cache = new ResponseCache({ maxBytes: 2 * cost, ttlMs: 1_000 });
    cache.set("a", body("aaaaa"), 0);
    cache.set("b", body("bbbbb"), 0);
    expect(cache.get("a")?.body).toBe("aaaaa"); // a is now the most recent
    cache.set("c", body("ccccc"), 0);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.body).toBe("aaaaa");
    expect(cache.get("c")?.body).toBe("ccccc");
    expect(cache.size).toEqual({ entries: 2, bytes: 2 * cost });
  });

  it("does not keep a body larger than the whole cache", () => {
    const cache = new ResponseCache({ maxBytes: 100, ttlMs: 1_000 });
    expect(cache.set("a", body("too large"), 0)).toBe(false);
    expect(cache.size.entries).toBe(0);
  });

  it("counts an entry at what it costs: its strings, twice for text stored as UTF-16, and the fixed overhead", () => {
    const plain = entryBytes("k", { body: "x".repeat(1_000), contentType: "application/json" });
    expect(plain).toBe(1 + 1_000 + 16 + 700);
    expect(entryBytes("k", { body: "\u2192".repeat(1_000), contentType: "application/json" })).toBe(plain + 1_000);
    expect(entryBytes("k", { body: "x".repeat(1_000), contentType: "application/json", headers: { vary: "Origin" } })).toBe(plain + 4 + 6 + 80);
  });
});
