import { describe, expect, it } from "vitest";
import { Gate } from "./gate.ts";

/** A piece of work that ends when told to. */
function held() {
  let release: () => void = () => {};
  const done = new Promise<void>((r) => (release = r));
  return { done, release: () => release() };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("Gate", () => {
  it("runs at most `limit` at once and starts the rest in arrival order", async () => {
    const gate = new Gate(2);
    const pieces = [held(), held(), held(), held()];
    const started: number[] = [];
    const runs = pieces.map((p, i) => gate.run(async () => { started.push(i); await p.done; return i; }));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    pieces[1]?.release();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    pieces[0]?.release();
    pieces[2]?.release();
    pieces[3]?.release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the place of a piece that failed, and passes its error on", async () => {
    const gate = new Gate(1);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a limit below 1", () => {
    expect(() => new Gate(0)).toThrow(/at least 1/);
  });
});
