import { describe, expect, it } from "vitest";
import { bundleFlows } from "./bundle.ts";
import { orgFixture } from "./fixture.ts";
import { COLLAPSED, columnsFor, gridLayout, openSize, orderTeams } from "./groupLayout.ts";

describe("orderTeams", () => {
  it("puts suppliers before the teams that read from them, breaking a cycle", () => {
    // finance <-> data is a cycle, broken at data (two teams read from it); growth only reads.
    expect(orderTeams(["growth", "data", "finance"], bundleFlows(orgFixture().flows))).toEqual(["data", "growth", "finance"]);
  });

  it("keeps the given order for teams that do not depend on each other, and ignores unknown teams", () => {
    const bundle = { id: "bundle:x>b", from: "x", to: "b", flows: [], artifacts: 0, uncontracted: 0 };
    expect(orderTeams(["c", "b", "a"], [bundle])).toEqual(["c", "b", "a"]);
  });
});

describe("gridLayout", () => {
  it("places groups row by row; an open group widens its column and deepens its row without covering anyone", () => {
    const big = openSize(5, 2);
    const at = gridLayout([{ id: "a", ...COLLAPSED }, { id: "b", ...big }, { id: "c", ...COLLAPSED }, { id: "d", ...COLLAPSED }], 2);
    expect(at.get("a")).toEqual({ x: 0, y: 0 });
    expect(at.get("c")?.x).toBe(0);
    expect(at.get("c")?.y).toBeGreaterThan(big.height);
    expect(at.get("d")?.x).toBe(at.get("b")?.x);
    expect(at.get("b")?.x).toBeGreaterThan(COLLAPSED.width);
  });

  it("is wider than tall at organisation scale", () => {
    expect(columnsFor(1)).toBe(2);
    expect(columnsFor(100)).toBe(13);
  });
});
