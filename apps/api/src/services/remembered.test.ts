import { describe, expect, it } from "vitest";
import { RememberedByMark } from "./remembered.ts";

const counter = () => {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
};

describe("RememberedByMark", () => {
  it("computes once per key and mark, concurrent callers included, and again when the mark moves", async () => {
    const memo = new RememberedByMark<number>(10);
    const c = counter();
    expect(await Promise.all([memo.get("t", "m1", c.compute), memo.get("t", "m1", c.compute)])).toEqual([1, 1]);
    expect(await memo.get("t", "m1", c.compute)).toBe(1);
    expect(await memo.get("t", "m2", c.compute)).toBe(2);
    expect(await memo.get("u", "m2", c.compute)).toBe(3);
    expect(c.calls()).toBe(3);
  });

  it("trusts nothing without a mark, and forgets a failure", async () => {
    const memo = new RememberedByMark<number>(10);
    const c = counter();
    await memo.get("t", undefined, c.compute);
    await memo.get("t", undefined, c.compute);
    expect(c.calls()).toBe(2);
    await expect(memo.get("t", "m1", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await Promise.resolve();
    expect(await memo.get("t", "m1", c.compute)).toBe(3);
  });

  it("keeps at most max keys, dropping the least recently used", async () => {
    const memo = new RememberedByMark<number>(2);
    const c = counter();
    await memo.get("a", "m", c.compute);
    await memo.get("b", "m", c.compute);
    await memo.get("a", "m", c.compute);
    await memo.get("c", "m", c.compute);
    expect(memo.size).toBe(2);
    expect(await memo.get("a", "m", c.compute)).toBe(1);
    expect(await memo.get("b", "m", c.compute)).toBe(4);
  });
});
