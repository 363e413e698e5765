import { describe, expect, it } from "vitest";
import { contextChainAcross, crossTeamFlows, dependentFlows, organizationGraph, teamLinks } from "./organization.ts";

describe("organisation reads", () => {
  it("team links: one statement for all teams, one arm per relationship that reads another team's artifact", () => {
    const dependsOn = teamLinks("dependsOn", ["a", "b"]);
    expect(dependsOn.params).toEqual({ teams: ["a", "b"] });
    expect(dependsOn.text).toMatchSnapshot();
    expect(teamLinks("dependents", ["a"]).text).toMatchSnapshot();
  });

  it("cross-team flows, the context chain across teams and the organisation map", () => {
    expect(crossTeamFlows().text).toMatchSnapshot();
    const chain = contextChainAcross({ team: "a", id: "x" }, { team: "b", id: "y" }, new Set(["name"]));
    expect(chain.params).toEqual({ from: { team: "a", id: "x" }, to: { team: "b", id: "y" } });
    expect(chain.text).toContain("{team: n.team, id: n.id, name: n.name}");
    expect(organizationGraph(["a"])).toMatchSnapshot();
  });

  it("dependent flows: other teams' roles consuming one team's artifacts, the team a parameter", () => {
    const s = dependentFlows("a");
    expect(s.params).toEqual({ team: "a" });
    expect(s.text).toMatchSnapshot();
  });
});
