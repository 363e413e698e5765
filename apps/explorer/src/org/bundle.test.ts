import { describe, expect, it } from "vitest";
import { bundleFlows, dependencies } from "./bundle.ts";
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

  it("says who depends on whom", () => {
    const deps = dependencies(bundleFlows(orgFixture().flows));
    expect([...(deps.get("data")?.dependsOn ?? [])]).toEqual(["finance"]);
    expect([...(deps.get("data")?.dependents ?? [])].sort()).toEqual(["finance", "growth"]);
    expect([...(deps.get("growth")?.dependents ?? [])]).toEqual([]);
  });
});
