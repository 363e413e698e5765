import { describe, expect, it } from "vitest";
import { FreshEnough } from "./fresh-enough.ts";

/** A computation that ends when told to, counting how many were started. */
function computations() {
  const started: ((v: number) => void)[] = [];
  const compute = () => new Promise<number>((resolve) => started.push(resolve));
  return { started, compute };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("FreshEnough", () => {
  it("keeps the last value while its mark is current, and computes again when the mark moved", async () => {
    let clock = 0;
    const memo = new FreshEnough<number>(() => clock);
    const c = computations();
    const first = memo.get("m1", clock, c.compute);
    c.started[0]?.(1);
    expect(await first).toBe(1);
    clock = 10;
    expect(await memo.get("m1", clock, c.compute)).toBe(1);
    const second = memo.get("m2", clock, c.compute);
    expect(c.started).toHaveLength(2);
    c.started[1]?.(2);
    expect(await second).toBe(2);
  });

  it("shares a running computation with callers who started looking before it began, and queues one for the later ones", async () => {
    let clock = 0;
    const memo = new FreshEnough<number>(() => clock);
    const c = computations();
    clock = 5;
    const a = memo.get("m1", 4, c.compute); // began at 5, after 4: serves a
    const b = memo.get("m2", 5, c.compute); // began at 5, at b's moment: serves b too
    const late1 = memo.get("m3", 6, c.compute); // began before 6: waits for the next
    const late2 = memo.get("m4", 7, c.compute); // shares that next one
    expect(c.started).toHaveLength(1);
    clock = 8;
    c.started[0]?.(1);
    expect(await a).toBe(1);
    expect(await b).toBe(1);
    await tick();
    expect(c.started).toHaveLength(2);
    c.started[1]?.(2);
    expect(await late1).toBe(2);
    expect(await late2).toBe(2);
    // Began at 8: fresh enough for anyone who started looking by then, whatever their mark.
    expect(await memo.get("m9", 8, c.compute)).toBe(2);
    expect(c.started).toHaveLength(2);
  });

  it("does not keep a failure, and the next caller computes again", async () => {
    const memo = new FreshEnough<number>(() => 0);
    await expect(memo.get("m1", 0, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await memo.get("m1", 0, () => Promise.resolve(3))).toBe(3);
  });

  it("with no mark (the check failed) trusts only a computation begun after the caller started looking", async () => {
    let clock = 0;
    const memo = new FreshEnough<number>(() => clock);
    expect(await memo.get(undefined, 0, () => Promise.resolve(1))).toBe(1);
    clock = 1;
    expect(await memo.get(undefined, 1, () => Promise.resolve(2))).toBe(2);
  });
});
