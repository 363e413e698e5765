import { fromTeam } from "@rolegraph/rules";
import { parseTeamDocument } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { crossTeamFromRows, type CrossTeamRows } from "./rules-across-rows.ts";

const parsed = parseTeamDocument(`version: 1
team: { id: growth, name: Growth }
roles:
  - { id: pm, name: PM, consumes: [{ artifact: data/metrics, cadence: weekly }, { artifact: data/gone, cadence: weekly }], produces: [{ artifact: plan, cadence: weekly }] }
artifacts:
  - { id: plan, name: Plan, format: text }
contracts:
  - { id: k, from: pm, to: sales/rep, boundary: { from: decide, to: build }, carries: [plan], gates: [{ id: g, text: G }] }`);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const growth = fromTeam(parsed.team);

const rows: CrossTeamRows = {
  inbound: [{ artifact: "plan", team: "sales", role: "rep", roleName: "Rep", stage: null, agent: null }],
  artifacts: [{
    team: "data", id: "metrics", name: "Metrics", external: null, published: true,
    producers: [["analyst", "Analyst"], ["analyst", "Analyst"]],
    carried: [{ from: "analyst", to: "growth/pm" }, { from: "someone-else", to: "growth/eng" }],
  }],
  roles: [],
  teams: [{ id: "data" }, { id: "growth" }, { id: "sales" }],
};

describe("crossTeamFromRows", () => {
  it("resolves what the rows name, leaves the rest unresolved, and keeps only producers' contracts", () => {
    const across = crossTeamFromRows(growth, rows);
    expect(across.resolved.get("data/metrics")).toEqual({
      kind: "artifact", team: "data", id: "metrics", name: "Metrics", external: false, published: true,
      producers: [{ id: "analyst", name: "Analyst" }], carriedTo: ["growth/pm"],
    });
    expect(across.resolved.get("data/gone")).toBeNull();
    expect(across.resolved.get("sales/rep")).toBeNull();
    expect(across.consumersOf.get("plan")).toEqual([{ team: "sales", role: "rep", roleName: "Rep" }]);
    expect([...across.teams]).toEqual(["data", "growth", "sales"]);
  });
});
