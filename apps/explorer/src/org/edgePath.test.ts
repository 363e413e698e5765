import { describe, expect, it } from "vitest";
import { backwardPath, runsBackward } from "./edgePath.ts";

describe("backwardPath", () => {
  it("leaves to the right, runs under both teams, and enters the target from its left", () => {
    const [path, x, y] = backwardPath(500, 100, 0, 120, 300);
    expect(path).toBe("M 500,100 C 560,100 560,300 250,300 C -60,300 -60,120 0,120");
    expect([x, y]).toEqual([250, 300]);
  });

  it("never runs above the ends it joins", () => {
    expect(backwardPath(500, 400, 0, 100, 300)[2]).toBe(400);
  });

  it("only an edge into something left of its start runs backward", () => {
    expect(runsBackward(500, 0)).toBe(true);
    expect(runsBackward(500, 700)).toBe(false);
  });
});
