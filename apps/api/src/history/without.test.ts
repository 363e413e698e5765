import { describe, expect, it } from "vitest";
import { TeamSchema } from "@rolegraph/schema";
import { PAIR, teamOf } from "./testing.ts";
import { withoutElements } from "./without.ts";

describe("withoutElements", () => {
  it("takes a role with its agents, workflows and contracts, and leaves a valid team", () => {
    const { team, missing } = withoutElements(teamOf(PAIR), [{ kind: "ROLE", id: "pm" }]);
    expect(missing).toEqual([]);
    expect(team.roles.map((r) => r.id)).toEqual(["eng"]);
    expect(team.agents).toEqual([]);
    expect(team.workflows).toEqual([]);
    expect(team.contracts).toEqual([]);
    // The artifacts stay: nobody produces the brief any more, which is what the diff reports.
    expect(team.artifacts.map((a) => a.id)).toEqual(["brief", "code"]);
    expect(TeamSchema.safeParse(team).success).toBe(true);
  });

  it("takes an artifact's flows and every mention of it", () => {
    const { team } = withoutElements(teamOf(PAIR), [{ kind: "ARTIFACT", id: "brief" }]);
    expect(team.stages[0]).toEqual({ id: "discover", name: "Discover" });
    expect(team.roles.map((r) => [r.id, r.consumes.length, r.produces.length])).toEqual([["pm", 0, 0], ["eng", 0, 1]]);
    expect(team.agents[0]?.inputs).toEqual([]);
    expect(team.contracts[0]?.carries).toEqual([]);
    expect(team.workflows[0]?.steps[0]?.writes).toEqual([]);
    expect(TeamSchema.safeParse(team).success).toBe(true);
  });

  it("leaves the steps that used an agent and the workflows that ended in a contract", () => {
    const { team } = withoutElements(teamOf(PAIR), [{ kind: "AGENT", id: "scribe" }, { kind: "CONTRACT", id: "pm-to-eng" }]);
    expect(team.workflows[0]?.steps[0]?.agents).toEqual([]);
    expect(team.workflows[0]).not.toHaveProperty("handoff");
    expect(TeamSchema.safeParse(team).success).toBe(true);
  });

  it("takes a stage with its engagements, workflows and the contracts across it", () => {
    const { team } = withoutElements(teamOf(PAIR), [{ kind: "STAGE", id: "discover" }]);
    expect(team.stages.map((s) => s.id)).toEqual(["build"]);
    expect(team.roles[0]?.engagement).toEqual({});
    expect(team.roles[0]?.produces).toEqual([]);
    expect([team.workflows.length, team.contracts.length]).toEqual([0, 0]);
    expect(TeamSchema.safeParse(team).success).toBe(true);
  });

  it("names what the team does not have, and never removes the team itself", () => {
    const { missing } = withoutElements(teamOf(PAIR), [{ kind: "ROLE", id: "ghost" }, { kind: "TEAM", id: "t" }, { kind: "AGENT", id: "scribe" }]);
    expect(missing).toEqual([{ kind: "ROLE", id: "ghost" }, { kind: "TEAM", id: "t" }]);
  });
});
