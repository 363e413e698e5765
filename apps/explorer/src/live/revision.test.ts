import { afterEach, describe, expect, it, vi } from "vitest";
import { COALESCE_MS, currentRevision, invalidate, subscribeRevision } from "./revision.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("the live revision", () => {
  it("moves at once for a lone event, and once more at the end of a burst", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-06T07:00:00Z"));
    const moves: number[] = [];
    const stop = subscribeRevision(() => moves.push(currentRevision()));
    invalidate();
    expect(moves).toHaveLength(1);
    for (let i = 0; i < 20; i++) invalidate();
    expect(moves).toHaveLength(1);
    vi.advanceTimersByTime(COALESCE_MS);
    expect(moves).toHaveLength(2);
    expect(moves[1]).toBe((moves[0] ?? 0) + 1);
    vi.advanceTimersByTime(COALESCE_MS * 4);
    expect(moves).toHaveLength(2);
    stop();
  });
});
