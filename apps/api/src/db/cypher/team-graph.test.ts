import { describe, expect, it } from "vitest";
import * as cypher from "./team-graph.ts";

describe("the import's statements (performance-tuned: a change here needs the import bench)", () => {
  it("lock and read a team: replan=skip, the team inside $scope, the index named", () => {
    expect(cypher.lockTeam("t")).toMatchSnapshot();
    expect(cypher.readLabel("Role", "t")).toMatchSnapshot();
  });

  it("delete and update by element id, create by label and type", () => {
    for (const change of ["deleteRels", "deleteNodes", "updateNodes", "updateRels"] as const) {
      expect(cypher.byElementIds(change, "t", ["4:x:1"], { "4:x:1": {} }).text).toMatchSnapshot(change);
    }
    expect(cypher.createNodes("Agent", "t", [{ id: "a", team: "t" }])).toMatchSnapshot();
    expect(cypher.createRels("OWNS", "t", [["4:x:1", "4:x:2", { key: "" }]])).toMatchSnapshot();
  });

  it("refuses a label or type that is not a plain name", () => {
    expect(() => cypher.createNodes("Agent) DETACH DELETE (m" as "Agent", "t", [])).toThrow(/unsafe label/);
  });
});
