import { describe, expect, it } from "vitest";
import { highestRateUnder, poissonArrivals, saturated, type RateStep } from "./arrivals.ts";

describe("poissonArrivals", () => {
  it("gives the same times for the same seed, and others for another", () => {
    expect(poissonArrivals(100, 1000, 3)).toEqual(poissonArrivals(100, 1000, 3));
    expect(poissonArrivals(100, 1000, 4)).not.toEqual(poissonArrivals(100, 1000, 3));
  });

  it("sends about rate x duration requests, ascending, inside the window", () => {
    const times = poissonArrivals(200, 60_000, 1);
    // 12,000 expected; a Poisson count's standard deviation is sqrt(12,000) ~ 110.
    expect(Math.abs(times.length - 12_000)).toBeLessThan(500);
    for (let i = 1; i < times.length; i++) expect(times[i] ?? 0).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
    expect(times[0]).toBeGreaterThanOrEqual(0);
    expect(times[times.length - 1]).toBeLessThan(60_000);
  });

  it("has exponential gaps: mean 1000/rate, and as many gaps above the mean as e^-1 of them", () => {
    const times = poissonArrivals(50, 200_000, 9);
    const gaps = Array.from(times.slice(1), (t, i) => t - (times[i] ?? 0));
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(Math.abs(mean - 20) / 20).toBeLessThan(0.03);
    const above = gaps.filter((g) => g > 20).length / gaps.length;
    expect(Math.abs(above - Math.exp(-1))).toBeLessThan(0.02);
  });

  it("refuses a rate of 0 or a negative duration", () => {
    expect(() => poissonArrivals(0, 1000, 1)).toThrow(/rate/);
    expect(() => poissonArrivals(10, -1, 1)).toThrow(/duration/);
  });
});

const step = (offered: number, p99: number, errors = 0, achieved = offered): RateStep =>
  ({ offeredPerSecond: offered, achievedPerSecond: achieved, requests: offered * 10, errors, p50: p99 / 4, p95: p99 / 2, p99 });

describe("highestRateUnder", () => {
  it("is the highest rate under the target, in rate order whatever the input order", () => {
    expect(highestRateUnder([step(200, 40), step(50, 8), step(100, 19)], 25)).toBe(100);
  });

  it("does not count a rate above a failed one that passed by luck", () => {
    expect(highestRateUnder([step(50, 8), step(100, 30), step(150, 24)], 25)).toBe(50);
  });

  it("fails a rate with errors, and says null when even the lowest fails", () => {
    expect(highestRateUnder([step(50, 8, 1)], 25)).toBeNull();
    expect(highestRateUnder([step(50, 25)], 25)).toBeNull();
  });
});

describe("saturated", () => {
  it("stops a sweep past ten times the target or below 90% of the offered rate", () => {
    expect(saturated(step(100, 251), 25)).toBe(true);
    expect(saturated(step(100, 20, 0, 85), 25)).toBe(true);
    expect(saturated(step(100, 240, 0, 95), 25)).toBe(false);
  });
});
