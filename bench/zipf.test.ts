import { describe, expect, it } from "vitest";
import { seededShuffle, zipfCdf, zipfSampler } from "./zipf.ts";

const draw = (n: number, s: number, seed: number, times: number) => {
  const next = zipfSampler(n, s, seed);
  return Array.from({ length: times }, () => next());
};
const histogram = (ranks: number[], n: number) => {
  const counts = new Array<number>(n).fill(0);
  for (const r of ranks) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
};

describe("zipfSampler", () => {
  it("gives the same ranks for the same seed, and others for another seed", () => {
    expect(draw(1000, 1, 7, 50)).toEqual(draw(1000, 1, 7, 50));
    expect(draw(1000, 1, 8, 50)).not.toEqual(draw(1000, 1, 7, 50));
  });

  it("draws ranks in proportion to 1/(k+1)^s: on 5 ranks with s = 1, 60,000 draws", () => {
    // Weights 1, 1/2, 1/3, 1/4, 1/5 sum to 137/60: expected shares 60/137, 30/137, 20/137, 15/137, 12/137.
    const counts = histogram(draw(5, 1, 42, 60_000), 5);
    const expected = [60, 30, 20, 15, 12].map((w) => (w / 137) * 60_000);
    counts.forEach((c, k) => expect(Math.abs(c - (expected[k] ?? 0)) / (expected[k] ?? 1)).toBeLessThan(0.03));
    // Rank 0 about twice rank 1, five times rank 4.
    expect((counts[0] ?? 0) / (counts[1] ?? 1)).toBeGreaterThan(1.85);
    expect((counts[0] ?? 0) / (counts[4] ?? 1)).toBeGreaterThan(4.5);
  });

  it("is uniform with s = 0 and never leaves 0..n-1", () => {
    const ranks = draw(4, 0, 3, 40_000);
    expect(Math.min(...ranks)).toBe(0);
    expect(Math.max(...ranks)).toBe(3);
    for (const c of histogram(ranks, 4)) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it("puts a heavy head on a long tail: at s = 1 over 220,000 ranks the top 1% take about half the draws", () => {
    const ranks = draw(220_000, 1, 1, 50_000);
    const top = ranks.filter((r) => r < 2_200).length / ranks.length;
    // H(2200) / H(220000) = 8.27 / 12.88 = 0.64.
    expect(top).toBeGreaterThan(0.6);
    expect(top).toBeLessThan(0.68);
  });

  it("rejects a size that is not a positive whole number", () => {
    expect(() => zipfSampler(0, 1, 1)).toThrow(/n must be/);
    expect(() => zipfSampler(3, -1, 1)).toThrow(/s must be/);
  });
});

describe("zipfCdf", () => {
  it("is the running sum of the weights", () => {
    expect([...zipfCdf(3, 1)]).toEqual([1, 1.5, 1.5 + 1 / 3]);
    expect([...zipfCdf(3, 2)]).toEqual([1, 1.25, 1.25 + 1 / 9]);
  });
});

describe("seededShuffle", () => {
  it("keeps every item, in an order fixed by the seed", () => {
    const items = ["a", "b", "c", "d", "e", "f"];
    const once = seededShuffle(items, 5);
    expect([...once].sort()).toEqual(items);
    expect(seededShuffle(items, 5)).toEqual(once);
    expect(seededShuffle(items, 6)).not.toEqual(once);
    expect(items).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
});
