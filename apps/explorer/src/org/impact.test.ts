import { describe, expect, it } from "vitest";
import { bundleFlows } from "./bundle.ts";
import { orgFixture } from "./fixture.ts";
import { orgImpact, parseArtifactFocus } from "./impact.ts";

describe("orgImpact", () => {
  const bundles = bundleFlows(orgFixture().flows);

  it("lights the focus, the roles the API says it reaches, their teams, and the flows that carry it", () => {
    const impact = orgImpact({
      focus: { team: "data", id: "metrics" },
      producers: [{ team: "data", id: "data-pm" }],
      consumers: [{ team: "growth", id: "growth-pm", name: "Growth PM" }, { team: "finance", id: "cfo" }],
      impacted: [{ team: "growth", id: "analyst" }],
      downstream: [],
    }, bundles);
    expect(impact.focus).toBe("artifact:data/metrics");
    expect(Object.fromEntries(impact.relations)).toEqual({
      "artifact:data/metrics": "focus",
      "role:data/data-pm": "producer",
      "role:growth/growth-pm": "consumer",
      "role:finance/cfo": "consumer",
      "role:growth/analyst": "impacted",
    });
    // The producer is lit, but its team is not "reached": it makes the focus.
    expect(Object.fromEntries(impact.teams)).toEqual({ growth: { roles: 2, artifacts: 0 }, finance: { roles: 1, artifacts: 0 } });
    expect(Object.fromEntries(impact.names)).toEqual({ "role:growth/growth-pm": "Growth PM" });
    expect([...impact.bundles].sort()).toEqual(["bundle:data>finance", "bundle:data>growth"]);
    // The analyst also reads raw events: that flow does not carry the metrics.
    expect([...impact.flows].sort()).toEqual([
      "flow:data/metrics>finance/cfo", "flow:data/metrics>growth/analyst", "flow:data/metrics>growth/growth-pm",
    ]);
  });

  it("lights a flow that carries something derived from the focus", () => {
    const impact = orgImpact({ focus: { team: "finance", id: "plan" }, producers: [], consumers: [], impacted: [{ team: "data", id: "data-pm" }], downstream: [{ team: "finance", id: "forecast" }] }, bundles);
    expect([...impact.bundles]).toEqual(["bundle:finance>data"]);
    expect(impact.relations.get("artifact:finance/forecast")).toBe("downstream");
  });
});

describe("parseArtifactFocus", () => {
  it("reads artifact:TEAM/ID and refuses anything else", () => {
    expect(parseArtifactFocus("artifact:data/metrics")).toEqual({ team: "data", id: "metrics" });
    for (const bad of [null, "artifact:metrics", "role:data/pm", "artifact:/x", "artifact:a/", "artifact:a/b/c"]) expect(parseArtifactFocus(bad)).toBeUndefined();
  });
});
