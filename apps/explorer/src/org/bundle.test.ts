import { describe, expect, it } from "vitest";
import { bundleFlows, bundlesOfSeams, dependencies } from "./bundle.ts";
import { orgFixture } from "./fixture.ts";

describe("bundleFlows", () => {
  it("makes one bundle per ordered team pair, counting flows, distinct artifacts and flows without a contract", () => {
    const bundles = bundleFlows(orgFixture().flows);
    expect(bundles.map((b) => [b.id, b.flows.length, b.artifacts, b.uncontracted])).toEqual([
      ["bundle:data>growth", 3, 2, 2],
      ["bundle:data>finance", 1, 1, 1],
      ["bundle:finance>data", 1, 1, 1],
    ]);
  });

  it("leaves out a flow inside one team: it is not cross-team", () => {
    const inside = { artifact: { team: "a", id: "x", name: "x", published: false }, consumer: { team: "a", id: "r", name: "r" }, contract: null };
    expect(bundleFlows([inside])).toEqual([]);
  });

  it("counts a bundle's flows whether or not they are read", () => {
    expect(bundleFlows(orgFixture().flows).map((b) => b.count)).toEqual([3, 1, 1]);
  });
});

describe("bundlesOfSeams", () => {
  const seams = [
    { from: "data", to: "growth", flows: 30, artifacts: 4, uncontracted: 20 },
    { from: "finance", to: "data", flows: 7, artifacts: 1, uncontracted: 7 },
    { from: "ops", to: "ops", flows: 2, artifacts: 1, uncontracted: 2 },
  ];

  it("takes counts from the seams and attaches the flows read so far to their bundle", () => {
    const bundles = bundlesOfSeams(seams, orgFixture().flows);
    expect(bundles.map((b) => [b.id, b.count, b.artifacts, b.uncontracted, b.flows.length])).toEqual([
      ["bundle:data>growth", 30, 4, 20, 3],
      ["bundle:finance>data", 7, 1, 7, 1],
    ]);
  });

  it("keeps a bundle whose flows are not read yet, with none of them", () => {
    expect(bundlesOfSeams(seams, []).map((b) => [b.id, b.count, b.flows])).toEqual([["bundle:data>growth", 30, []], ["bundle:finance>data", 7, []]]);
  });
});

describe("dependencies", () => {
  it("says who depends on whom", () => {
    const deps = dependencies(bundleFlows(orgFixture().flows));
    expect([...(deps.get("data")?.dependsOn ?? [])]).toEqual(["finance"]);
    expect([...(deps.get("data")?.dependents ?? [])].sort()).toEqual(["finance", "growth"]);
    expect([...(deps.get("growth")?.dependents ?? [])]).toEqual([]);
  });
});
