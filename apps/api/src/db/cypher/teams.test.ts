import { describe, expect, it } from "vitest";
import * as cypher from "./teams.ts";

describe("team statements", () => {
  it("list teams", () => {
    expect(cypher.listTeams()).toMatchSnapshot();
  });

  it("size a team's blast radius over every label, handoffs and versions included", () => {
    const size = cypher.teamSize("t");
    expect(size).toMatchSnapshot();
    expect(size.text).toContain("n:Handoff");
    expect(size.text).toContain("n:TeamVersion");
  });

  it("delete a team label by label, the team a parameter", () => {
    const statements = cypher.deleteTeamNodes("t");
    expect(statements.map((s) => s.text)).toMatchSnapshot();
    expect(statements).toHaveLength(cypher.TEAM_LABELS.length);
    expect(statements.every((s) => s.params.team === "t")).toBe(true);
  });
});
