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
    expect(crossTeamFlows({ artifact: "all", role: "all" }).statement.text).toMatchSnapshot();
    // Only what the operation reads of each end, named in the order the list carries it.
    const read = crossTeamFlows({ artifact: new Set(["name", "published"]), role: new Set(["owner"]) });
    expect(read.artifact.map(([name]) => name)).toEqual(["name", "published"]);
    expect(read.role.map(([name]) => name)).toEqual(["owner"]);
    expect(read.statement.text).toContain("[a.team, a.id, r.team, r.id, f.cadence, f.stage, COLLECT {");
    expect(read.statement.text).toContain("}[0], a.name, coalesce(a.published, false), r.owner] AS flow");
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
