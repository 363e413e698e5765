import { describe, expect, it } from "vitest";
import { buildOrgComposition, focusTeam, type OrganizationRows } from "./organization.ts";

const rows = (expand: "none" | "b"): OrganizationRows => ({
  teams: [
    { id: "a", name: "A", roles: 1, artifacts: 2, published: 1 },
    { id: "b", name: "B", roles: 2, artifacts: 1, published: 1 },
    { id: "c", name: "C", roles: 1, artifacts: 0, published: 0 },
    { id: "d", name: "D", roles: 1, artifacts: 1, published: 0 },
  ],
  bundles: [
    { producer: "a", consumer: "b", flows: 2, artifacts: ["y", "x"], unpublished: 1 },
    { producer: "b", consumer: "c", flows: 1, artifacts: ["plan"], unpublished: 0 },
    { producer: "c", consumer: "d", flows: 1, artifacts: ["z"], unpublished: 1 },
  ],
  roles: expand === "b" ? [{ team: "b", id: "pm2", name: "PM 2", order: 1 }, { team: "b", id: "pm", name: "PM", order: 0 }] : [],
  artifacts: expand === "b" ? [{ team: "b", id: "plan", name: "Plan", published: true, order: 0 }] : [],
  flows: expand === "b"
    ? [{ role: "b/pm", artifact: "a/x", cadence: "weekly", contract: true }, { role: "c/lead", artifact: "b/plan", cadence: null, contract: false }]
    : [],
});

describe("the organisation map", () => {
  it("without a focus: every team a group, one edge per team pair with its count, nothing expanded", () => {
    const c = buildOrgComposition(rows("none"), {});
    expect(c.nodes.map((n) => n.id)).toEqual(["team:a", "team:b", "team:c", "team:d"]);
    expect(c.edges).toEqual([
      { id: "teams:a->b", kind: "team-flow", source: "team:a", target: "team:b", count: 2, artifacts: ["x", "y"], unpublished: 1 },
      { id: "teams:b->c", kind: "team-flow", source: "team:b", target: "team:c", count: 1, artifacts: ["plan"], unpublished: 0 },
      { id: "teams:c->d", kind: "team-flow", source: "team:c", target: "team:d", count: 1, artifacts: ["z"], unpublished: 1 },
    ]);
    expect(c).toMatchObject({ focus: null, totalTeams: 4, totalFlows: 4 });
  });

  it("a focus keeps the teams within depth hops either way, expands its team, and draws its flows to the other groups", () => {
    const c = buildOrgComposition(rows("b"), { focus: "role:b/pm", depth: 1 });
    expect(c.focus).toBe("b");
    expect(c.nodes.map((n) => [n.id, n.kind === "team" ? n.distance : n.parentId])).toEqual([
      ["team:a", 1], ["team:b", 0], ["team:c", 1], ["role:b/pm", "team:b"], ["role:b/pm2", "team:b"], ["artifact:b/plan", "team:b"],
    ]);
    expect(c.edges.map((e) => `${e.id} ${e.source} -> ${e.target}`)).toEqual([
      "flow:a/x->b/pm team:a -> role:b/pm",
      "flow:b/plan->c/lead artifact:b/plan -> team:c",
      "teams:a->b team:a -> team:b",
      "teams:b->c team:b -> team:c",
    ]);
    expect(buildOrgComposition(rows("b"), { focus: "b", depth: 2 }).nodes.filter((n) => n.kind === "team")).toHaveLength(4);
  });

  it("reads the focus's team from a team id or a qualified role or artifact id", () => {
    expect(focusTeam("team-a")).toBe("team-a");
    expect(focusTeam("team-a/analyst")).toBe("team-a");
    expect(focusTeam("artifact:team-a/metrics")).toBe("team-a");
    expect(focusTeam(null)).toBeNull();
  });
});
