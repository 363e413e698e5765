import { describe, expect, it } from "vitest";
import { brief, run } from "../testing.ts";
import { agentsBeforeHandoffs } from "./agents-before-handoffs.ts";

const team = (contract: string) => `
roles:
  - { id: pm, name: PM, produces: [{ artifact: brief, cadence: weekly }] }
  - { id: arch, name: Arch, consumes: [{ artifact: brief, cadence: weekly }] }
  - { id: eng, name: Eng }
artifacts:
  - { id: brief, name: Brief, format: text }
agents:
  - { id: shaper, name: Shaper, role: pm }
  - { id: drafter, name: Drafter, role: arch }
${contract}`;

const contract = (from: string, to: string) =>
  `contracts:\n  - { id: k, from: ${from}, to: ${to}, boundary: { from: discover, to: decide }, carries: [brief] }`;

describe("agents-before-handoffs", () => {
  it("informs about every role with agents and no contract in or out (not about a role without agents)", () => {
    const found = run(agentsBeforeHandoffs, team(""));
    expect(found.map(brief)).toEqual([
      { severity: "info", subjectId: "pm", related: ["shaper"] },
      { severity: "info", subjectId: "arch", related: ["drafter"] },
    ]);
    expect(found[0]?.message).toBe("PM has 1 agent (Shaper) but no handoff contract in or out: it built agents before handoffs");
  });

  it("does not fire for either end of a contract", () => {
    expect(run(agentsBeforeHandoffs, team(contract("pm", "arch")))).toEqual([]);
  });
});
