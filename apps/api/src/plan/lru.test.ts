import { describe, expect, it } from "vitest";
import { SizedLru } from "./lru.ts";

describe("SizedLru", () => {
  it("drops the least recently used entry when the count bound is passed", () => {
    const lru = new SizedLru<string, number>({ maxEntries: 2, maxBytes: 100 });
    lru.set("a", 1, 1);
    lru.set("b", 2, 1);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("c", 3, 1);
    expect(lru.peek("b")).toBeUndefined();
    expect(lru.peek("a")).toBe(1);
    expect(lru.size).toEqual({ entries: 2, bytes: 2 });
  });

  it("drops the oldest entries until the byte bound holds, and refuses an entry larger than the bound", () => {
    const lru = new SizedLru<string, string>({ maxEntries: 10, maxBytes: 10 });
    lru.set("a", "x", 4);
    lru.set("b", "y", 4);
    lru.set("c", "z", 4);
    expect(lru.peek("a")).toBeUndefined();
    expect(lru.size).toEqual({ entries: 2, bytes: 8 });
    expect(lru.set("huge", "w", 11)).toBe(false);
    expect(lru.size).toEqual({ entries: 2, bytes: 8 });
  });

  it("counts a replaced entry once and forgets everything on clear", () => {
    const lru = new SizedLru<string, number>({ maxEntries: 10, maxBytes: 100 });
    lru.set("a", 1, 5);
    lru.set("a", 2, 7);
    expect(lru.size).toEqual({ entries: 1, bytes: 7 });
    lru.delete("a");
    expect(lru.size).toEqual({ entries: 0, bytes: 0 });
    lru.set("b", 1, 5);
    lru.clear();
    expect(lru.size).toEqual({ entries: 0, bytes: 0 });
  });
});
