import { describe, expect, it } from "vitest";
import { roleAdoption, teamAdoption } from "./adoption.ts";
import { graphOf } from "./testing.ts";

const agent = (id: string, extra: string) => `  - { id: ${id}, name: ${id}, role: pm, ${extra} }`;
const SORTED = "delegation: { errorTolerance: high, toolSpan: single, independence: independent, mode: autonomous }";
const contract = (id: string, from: string, to: string, gates: string) =>
  `  - { id: ${id}, from: ${from}, to: ${to}, boundary: { from: discover, to: decide }, carries: [brief], requires: [{ field: f, type: text }], gates: ${gates} }`;
const CHECKED = "[{ id: g, text: F present, check: { field: f, present: true } }]";
const team = (engagement: string, agents: string[], contracts: string[]) => `
roles:
  - { id: pm, name: PM, engagement: ${engagement}, produces: [{ artifact: brief, cadence: weekly }] }
  - { id: arch, name: Arch, consumes: [{ artifact: brief, cadence: weekly }] }
artifacts:
  - { id: brief, name: Brief, format: text }
${agents.length ? `agents:\n${agents.join("\n")}` : ""}
${contracts.length ? `contracts:\n${contracts.join("\n")}` : ""}`;

const done = (graph: ReturnType<typeof graphOf>, role = "pm") => roleAdoption(graph, role).steps.map((s) => s.done);

describe("adoption: the essay's six steps per role", () => {
  it("a role with nothing has done nothing", () => {
    const a = roleAdoption(graphOf(team("{}", [], [])), "pm");
    expect(a.steps.map((s) => s.done)).toEqual([false, false, false, false, false, false]);
    expect(a).toMatchObject({ done: 0, reached: 0 });
    expect(a.steps[1]?.detail).toBe("no contract in or out: name the handoff where context loss hurts most");
  });

  it("takes each step on its own evidence, and `reached` stops at the first gap", () => {
    // Engaged, one contract out with a preference gate (step 4 not met), one bounded and sorted agent.
    const graph = graphOf(team("{ discover: lead }", [agent("bot", `blastRadius: docs only, oversight: PM reviews, ${SORTED}`)],
      [contract("k", "pm", "arch", "[{ id: g, text: good context }]")]));
    expect(done(graph)).toEqual([true, true, true, false, true, false]);
    expect(roleAdoption(graph, "pm")).toMatchObject({ done: 4, reached: 3 });
    // The receiving end of a contract has identified a key handoff too (step 2), but has no contract out (step 4).
    expect(done(graph, "arch")).toEqual([false, true, false, false, false, false]);
  });

  it("an agent without oversight or delegation does not count for steps 3 and 5", () => {
    const graph = graphOf(team("{ discover: lead }", [agent("bot", "blastRadius: docs only")], []));
    expect(done(graph)).toEqual([true, false, false, false, false, false]);
  });

  it("expanding: two agents and two contracts, all meeting steps 3 to 5", () => {
    const good = `blastRadius: docs only, oversight: PM reviews, ${SORTED}`;
    const full = team("{ discover: lead }", [agent("a1", good), agent("a2", good)], [contract("k1", "pm", "arch", CHECKED), contract("k2", "arch", "pm", CHECKED)]);
    expect(roleAdoption(graphOf(full), "pm")).toMatchObject({ done: 6, reached: 6 });
    const oneUnsorted = full.replace(`a2, role: pm, ${good}`, "a2, role: pm, blastRadius: docs only, oversight: PM reviews");
    expect(done(graphOf(oneUnsorted))).toEqual([true, true, true, true, false, false]);
  });

  it("sums per team: roles per step, steps done of six per role", () => {
    const t = teamAdoption(graphOf(team("{ discover: lead }", [], [contract("k", "pm", "arch", CHECKED)])));
    expect(t.byStep.map((s) => s.roles)).toEqual([1, 2, 0, 1, 0, 0]);
    expect(t).toMatchObject({ done: 4, possible: 12 });
    expect(t.roles.map((r) => [r.roleId, r.reached])).toEqual([["pm", 2], ["arch", 0]]);
  });
});
