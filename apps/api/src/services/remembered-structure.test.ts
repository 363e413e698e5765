import { describe, expect, it } from "vitest";
import { RememberedByStructure } from "./remembered-structure.ts";

/** A remembered value whose structure reads and computations are counted. */
function counted(structures: string[]) {
  const calls = { structure: 0, compute: 0 };
  const memo = new RememberedByStructure<string>();
  const get = (commit: string | undefined) => memo.get(
    commit,
    async () => structures[Math.min(calls.structure++, structures.length - 1)] ?? "",
    async () => `value ${++calls.compute}`,
  );
  return { calls, get };
}

describe("RememberedByStructure", () => {
  it("answers from memory under the same commit mark without reading the structure", async () => {
    const { calls, get } = counted(["s1"]);
    expect(await get("c1")).toBe("value 1");
    expect(await get("c1")).toBe("value 1");
    expect(calls).toEqual({ structure: 1, compute: 1 });
  });

  it("keeps the value after a write that left the structure alone, and reads again when it changed", async () => {
    const { calls, get } = counted(["s1", "s1", "s2"]);
    expect(await get("c1")).toBe("value 1");
    expect(await get("c2")).toBe("value 1");
    expect(await get("c2")).toBe("value 1");
    expect(calls).toEqual({ structure: 2, compute: 1 });
    expect(await get("c3")).toBe("value 2");
    expect(calls).toEqual({ structure: 3, compute: 2 });
  });

  it("without a commit mark asks the structure every time", async () => {
    const { calls, get } = counted(["s1"]);
    await get(undefined);
    await get(undefined);
    expect(calls).toEqual({ structure: 2, compute: 1 });
  });

  it("shares one computation between concurrent callers and forgets a failed one", async () => {
    const memo = new RememberedByStructure<number>();
    let computed = 0;
    const slow = () => new Promise<number>((done) => setTimeout(() => done(++computed), 5));
    const [a, b] = await Promise.all([memo.get("c1", async () => "s", slow), memo.get("c2", async () => "s", slow)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    const failing = new RememberedByStructure<number>();
    await expect(failing.get("c1", async () => "s", () => Promise.reject(new Error("Neo4j away")))).rejects.toThrow("Neo4j away");
    expect(await failing.get("c1", async () => "s", async () => 7)).toBe(7);
  });
});
