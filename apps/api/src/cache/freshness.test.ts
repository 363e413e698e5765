import { describe, expect, it } from "vitest";
import { Freshness } from "./freshness.ts";
import { ResponseCache } from "./response-cache.ts";

/** A clock and a Neo4j commit mark the test moves by hand. */
function setup() {
  const state = { now: 0, mark: "tx1", down: false, checks: 0 };
  const cache = new ResponseCache({ maxBytes: 1_000, ttlMs: 60_000 }, () => state.now);
  const db = {
    onCommit: () => () => {},
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

  it("with an interval of 0, answers each request only after a check begun after it arrived, shared by those arriving together", async () => {
    const marks: ((mark: string) => void)[] = [];
    const cache = new ResponseCache({ maxBytes: 1_000, ttlMs: 60_000 });
    const db = { onCommit: () => () => {}, lastCommit: () => new Promise<string>((resolve) => marks.push(resolve)) };
    const freshness = new Freshness(db, cache, 0);
    const settle = () => new Promise((done) => setTimeout(done, 5));
    const first = freshness.trusted();
    marks[0]?.("tx1");
    expect(await first).toBe(true);
    cache.set("a", { body: "a", contentType: "application/json" }, cache.generation);

    // A check is under way (begun before another instance commits tx2)...
    const before = freshness.trusted();
    await settle();
    expect(marks).toHaveLength(2);
    // ...and requests arrive after that commit: they wait for a check of their own, one for both.
    const after = [freshness.trusted(), freshness.trusted()];
    await settle();
    marks[1]?.("tx1");
    expect(await before).toBe(true);
    expect(cache.get("a")?.body).toBe("a"); // the early check saw no change
    await settle();
    expect(marks).toHaveLength(3);
    marks[2]?.("tx2");
    expect(await Promise.all(after)).toEqual([true, true]);
    expect(cache.get("a")).toBeUndefined(); // the later one did
    expect(marks).toHaveLength(3);
  });
});
