import { describe, expect, it } from "vitest";
import * as cypher from "./relations.ts";

const keys = [{ team: "t", id: "a" }];
const key = { team: "t", id: "a" };

describe("relation reads", () => {
  it("flows of roles and of artifacts, with the role, artifact and stage rows inline", () => {
    expect(cypher.flowsOfRoles("CONSUMES", keys)).toMatchSnapshot();
    expect(cypher.flowsOfArtifacts("PRODUCES", keys).text).toMatchSnapshot();
    expect(() => cypher.flowsOfRoles("OWNS" as cypher.FlowType, keys)).toThrow(/unknown flow type/);
  });

  it("a role with its flows: all fields, or only those an operation reads", () => {
    const all = cypher.withFlows("Role", ["CONSUMES", "PRODUCES"], key, { stages: true, other: "all" });
    expect(all.statement).toMatchSnapshot();
    expect(all.own.map(([name]) => name)).toEqual(["name", "format", "sourceOfTruth", "external", "published"]);
    const some = cypher.withFlows("Artifact", ["CONSUMES"], key, { stages: false, other: new Set(["name"]), own: new Set<string>() });
    expect(some.statement.text).toMatchSnapshot();
    expect(some.own).toEqual([["name", "x.name"]]);
  });

  it("engagements, the matrix, leads, ids, lineage, impact and the context chain", () => {
    expect(cypher.engagementsOfRoles(keys).text).toMatchSnapshot();
    expect(cypher.matrixOfTeam("t")).toMatchSnapshot();
    expect(cypher.leadsOfStages(keys).text).toMatchSnapshot();
    expect(cypher.idsOf(cypher.lineagePattern("upstream", 3), keys).text).toMatchSnapshot();
    expect(cypher.idsOf({ parent: "Agent", child: "Artifact", path: "-[:READS]->" }, keys).text).toMatchSnapshot();
    expect(cypher.impactedRoles(2, keys).text).toMatchSnapshot();
    expect(cypher.artifactWithImpacted(2, key, { roles: new Set(["name"]) }).statement.text).toMatchSnapshot();
    expect(cypher.roleByKey("t", "a", "all")).toMatchSnapshot();
    expect(cypher.contextChain("t", "a", "b", new Set(["name"]))).toMatchSnapshot();
    expect(() => cypher.impactedRoles(1.5, keys)).toThrow(/whole number/);
  });
});
