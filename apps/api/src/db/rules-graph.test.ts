import { describe, expect, it } from "vitest";
import { RULES_GRAPH_STATEMENTS, RULES_GRAPHS_STATEMENTS } from "./rules-graph.ts";

describe("the rules' statements", () => {
  it("read a batch of teams with the same text as one team, each row led by its team", () => {
    for (const [key, batch] of Object.entries(RULES_GRAPHS_STATEMENTS)) {
      const one = RULES_GRAPH_STATEMENTS[key as keyof typeof RULES_GRAPH_STATEMENTS];
      // The batch form adds its team to the one RETURN: a second (a UNION) would lose it.
      expect(one.match(/\bRETURN\b/g), key).toHaveLength(1);
      expect(batch).toContain("UNWIND $teams AS scopeTeam");
      expect(batch).toContain("RETURN scopeTeam AS scopeTeam, ");
      expect(batch.replace("UNWIND $teams AS scopeTeam ", "").replace("scopeTeam AS scopeTeam, ", "").replaceAll("scopeTeam", "$scope.team")).toBe(one);
    }
  });

  it("name another team's artifact or role, or its placeholder, as the file writes it: team/id", () => {
    expect(RULES_GRAPH_STATEMENTS.roles).toContain("(r)-[f:CONSUMES]->(u:Unresolved)");
    expect(RULES_GRAPH_STATEMENTS.roles).toContain("CASE WHEN a.team = $scope.team THEN a.id ELSE a.team + '/' + a.id END");
    expect(RULES_GRAPH_STATEMENTS.contracts).toContain("[(k)-[:TO]->(x) WHERE x:Role OR x:Unresolved |");
  });
});
