import { describe, expect, it } from "vitest";
import { brief, run } from "../testing.ts";
import { compressionChain } from "./compression-chain.ts";
import { contextHoarding } from "./context-hoarding.ts";
import { contextStarved } from "./context-starved.ts";

const artifacts = (...ids: string[]) => `artifacts:\n${ids.map((id) => `  - { id: ${id}, name: ${id.toUpperCase()}, format: text${id.startsWith("ext") ? ", external: true" : ""} }`).join("\n")}`;

// A role's context includes what its agents read (gap-rules.md, second version).
describe("compression-chain counts a role's agents' inputs as its own", () => {
  // pm's agent reads the interviews; pm -> arch -> eng. Without the agent, pm would have no distance at all.
  const team = (agentInput: string) => `
roles:
  - { id: pm, name: PM, produces: [{ artifact: brief, cadence: weekly }] }
  - { id: arch, name: Arch, consumes: [{ artifact: brief, cadence: weekly }], produces: [{ artifact: design, cadence: weekly }] }
  - { id: eng, name: Eng, consumes: [{ artifact: design, cadence: weekly }] }
${artifacts("ext", "brief", "design", "notes")}
agents:
  - { id: synth, name: Synth, role: pm, inputs: [${agentInput}], outputs: [notes] }`;

  it("puts the role whose agent reads the source at 0, so its consumer is 1 boundary away and the next 2", () => {
    const found = run(compressionChain, team("ext"));
    expect(found.map(brief)).toEqual([{ severity: "info", subjectId: "eng", related: ["pm", "arch"] }]);
    expect(found[0]?.message).toBe("Eng gets context from outside the team only across 2 boundaries: EXT -> PM -> BRIEF -> Arch -> DESIGN -> Eng");
  });

  it("reports nothing when the agent reads nothing from outside (nobody is reached)", () => {
    expect(run(compressionChain, team("notes"))).toEqual([]);
  });
});

describe("context-hoarding counts a role's agents' inputs as what it takes", () => {
  // pm takes only through its agent; ops gives a report.
  const team = (opsConsumes: string, agentInputs: string) => `
roles:
  - { id: pm, name: PM, produces: [{ artifact: diary, cadence: weekly }] }
  - { id: ops, name: Ops, consumes: [${opsConsumes}], produces: [{ artifact: report, cadence: weekly }] }
${artifacts("ext", "diary", "report")}
agents:
  - { id: scan, name: Scan, role: pm, inputs: [${agentInputs}] }`;

  it("fires for a role that takes only through its agent and gives nothing another role consumes", () => {
    const found = run(contextHoarding, team("", "ext"));
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "pm", related: ["ext"] }]);
    expect(found[0]?.message).toBe("PM consumes 1 artifact (EXT) but nothing it produces is consumed by another role: what it produces (DIARY) nobody else consumes");
  });

  it("does not fire once another role consumes what it produces (and gives back to the agent)", () => {
    expect(run(contextHoarding, team("{ artifact: diary, cadence: weekly }", "ext, report"))).toEqual([]);
  });
});

describe("context-starved", () => {
  const team = (pmInput: string, agentInput = "brief") => `
roles:
  - { id: pm, name: PM, consumes: [{ artifact: ${pmInput}, cadence: weekly }], produces: [{ artifact: brief, cadence: weekly }] }
  - { id: arch, name: Arch, consumes: [{ artifact: brief, cadence: weekly }], produces: [{ artifact: design, cadence: weekly }] }
  - { id: idle, name: Idle }
${artifacts("ext", "brief", "design", "memo")}
agents:
  - { id: helper, name: Helper, role: arch, inputs: [${agentInput}] }`;

  it("fires for every role whose context never traces back outside the team", () => {
    // memo is consumed and unsourced: neither pm nor arch (fed by pm) ever sees outside evidence; idle consumes nothing.
    const found = run(contextStarved, team("memo"));
    expect(found.map(brief)).toEqual([
      { severity: "warning", subjectId: "pm", related: ["memo"] },
      { severity: "warning", subjectId: "arch", related: ["brief"] },
    ]);
    expect(found[0]?.message).toBe("PM consumes 1 artifact (MEMO), but none of it traces back to an input from outside the team: it works without outside evidence");
  });

  it("does not fire when the context reaches outside, through a producer or through the role's own agent", () => {
    expect(run(contextStarved, team("ext"))).toEqual([]);
    const viaAgent = run(contextStarved, team("memo", "ext"));
    expect(viaAgent.map((f) => f.subjectId)).toEqual(["pm"]);
  });
});
