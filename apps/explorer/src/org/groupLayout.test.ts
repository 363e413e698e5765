import { describe, expect, it } from "vitest";
import { bundleFlows } from "./bundle.ts";
import { orgFixture } from "./fixture.ts";
import { COLLAPSED, columnsFor, gridLayout, layersOf, openSize, orderTeams, placeGroups } from "./groupLayout.ts";

describe("orderTeams", () => {
  it("puts suppliers before the teams that read from them, breaking a cycle", () => {
    // finance <-> data is a cycle, broken at data (two teams read from it); growth only reads.
    expect(orderTeams(["growth", "data", "finance"], bundleFlows(orgFixture().flows))).toEqual(["data", "growth", "finance"]);
  });

  it("keeps the given order for teams that do not depend on each other, and ignores unknown teams", () => {
    const bundle = { id: "bundle:x>b", from: "x", to: "b", flows: [], count: 0, artifacts: 0, uncontracted: 0 };
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

describe("placeGroups", () => {
  const bundles = bundleFlows(orgFixture().flows);
  const size = () => COLLAPSED;

  it("puts each team in the column after the teams it reads from; a cycle's back edge does not count", () => {
    const order = orderTeams(["growth", "data", "finance"], bundles);
    expect(Object.fromEntries(layersOf(order, bundles))).toEqual({ data: 0, growth: 1, finance: 1 });
    const { at, layered } = placeGroups(order, bundles, size);
    expect(layered).toBe(true);
    expect(at.get("data")?.x).toBe(0);
    expect(at.get("growth")?.x).toBe(at.get("finance")?.x);
    expect(at.get("growth")?.x).toBeGreaterThan(COLLAPSED.width);
    // The lone supplier sits halfway down the column of its two readers.
    expect(at.get("data")?.y).toBe(((at.get("finance")?.y ?? 0) + (at.get("growth")?.y ?? 0)) / 2);
  });

  it("falls back to the grid when a chain of teams is longer than a screen is wide", () => {
    const chain = Array.from({ length: 6 }, (_, i) => `t${i}`);
    const links = chain.slice(1).map((t, i) => ({ id: `bundle:t${i}>${t}`, from: `t${i}`, to: t, flows: [], count: 0, artifacts: 0, uncontracted: 0 }));
    expect(Math.max(...layersOf(chain, links).values())).toBe(5);
    const { at, layered } = placeGroups(chain, links, size);
    expect(layered).toBe(false);
    expect(at).toEqual(gridLayout(chain.map((id) => ({ id, ...COLLAPSED })), columnsFor(6)));
  });
});
