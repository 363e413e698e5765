import { describe, expect, it } from "vitest";
import { Freshness } from "./freshness.ts";
import { ResponseCache } from "./response-cache.ts";

/** A clock and a Neo4j commit mark the test moves by hand. */
function setup() {
  const state = { now: 0, mark: "tx1", down: false, checks: 0 };
  const cache = new ResponseCache({ maxBytes: 1_000, ttlMs: 60_000 }, () => state.now);
  const db = {
    lastCommit: async () => {
      state.checks++;
      if (state.down) throw new Error("connection refused");
      return state.mark;
    },
  };
  const freshness = new Freshness(db, cache, 100, () => state.now);
  const store = (key: string) => cache.set(key, { body: key, contentType: "application/json" }, cache.generation);
  return { state, cache, freshness, store };
}

describe("Freshness", () => {
  it("checks Neo4j at most once per interval while requests arrive", async () => {
    const { state, freshness } = setup();
    await Promise.all([freshness.trusted(), freshness.trusted(), freshness.trusted()]);
    state.now = 99;
    expect(await freshness.trusted()).toBe(true);
    expect(state.checks).toBe(1);
    state.now = 100;
    await freshness.trusted();
    expect(state.checks).toBe(2);
  });

  it("clears the cache when another process committed", async () => {
    const { state, cache, freshness, store } = setup();
    await freshness.trusted();
    store("a");
    state.now = 150;
    expect(await freshness.trusted()).toBe(true);
    expect(cache.get("a")?.body).toBe("a"); // same mark: kept
    state.mark = "tx2";
    state.now = 300;
    expect(await freshness.trusted()).toBe(true);
    expect(cache.get("a")).toBeUndefined();
  });

  it("trusts nothing while Neo4j cannot be asked, without asking on every request", async () => {
    const { state, cache, freshness, store } = setup();
    await freshness.trusted();
    store("a");
    state.down = true;
    state.now = 200;
    expect(await freshness.trusted()).toBe(false);
    expect(cache.size.entries).toBe(0);
    state.now = 250;
    expect(await freshness.trusted()).toBe(false);
    expect(state.checks).toBe(2);
    // Past the interval, still down: the request is not held up; the check runs behind it.
    state.now = 400;
    expect(await freshness.trusted()).toBe(false);
    expect(state.checks).toBe(3);
    await new Promise((done) => setTimeout(done, 10)); // that check fails
    state.down = false;
    state.now = 600;
    expect(await freshness.trusted()).toBe(false); // this request started the check that succeeds
    await new Promise((done) => setTimeout(done, 10));
    state.now = 650;
    expect(await freshness.trusted()).toBe(true);
  });
});
