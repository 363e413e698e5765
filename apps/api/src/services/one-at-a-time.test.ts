import { describe, expect, it } from "vitest";
import { OneAtATime } from "./one-at-a-time.ts";

const tick = () => new Promise<void>((done) => setImmediate(done));

describe("OneAtATime", () => {
  it("runs work of one key in order, never two at once, and other keys beside it", async () => {
    const queue = new OneAtATime();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (name: string) => async () => {
      running++;
      most = Math.max(most, running);
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const a = [queue.run("a", job("a1")), queue.run("a", job("a2")), queue.run("a", job("a3"))];
    const b = queue.run("b", job("b1"));
    expect(await Promise.all([...a, b])).toEqual(["a1", "a2", "a3", "b1"]);
    const ofA = log.filter((l) => l.endsWith("a1") || l.endsWith("a2") || l.endsWith("a3"));
    expect(ofA).toEqual(["start a1", "end a1", "start a2", "end a2", "start a3", "end a3"]);
    expect(log.indexOf("start b1")).toBeLessThan(log.indexOf("end a1"));
    expect(most).toBe(2);
  });

  it("goes on after a failure, which reaches only its own caller, and forgets idle keys", async () => {
    const queue = new OneAtATime();
    const failed = queue.run("k", () => Promise.reject(new Error("boom")));
    const next = queue.run("k", async () => "after");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("after");
    await tick();
    expect(queue.busyKeys).toBe(0);
  });
});
