import { describe, expect, it } from "vitest";
import { brief, run } from "../testing.ts";
import { compressionChain } from "./compression-chain.ts";
import { contextHoarding } from "./context-hoarding.ts";
import { leaderlessStage } from "./leaderless-stage.ts";
import { missingStageOutput } from "./missing-stage-output.ts";
import { orphanOutput } from "./orphan-output.ts";
import { unformattedArtifact } from "./unformatted-artifact.ts";
import { unsourcedInput } from "./unsourced-input.ts";

const artifacts = (...ids: string[]) => `artifacts:\n${ids.map((id) => `  - { id: ${id}, name: ${id.toUpperCase()}, format: text${id.startsWith("ext") ? ", external: true" : ""} }`).join("\n")}`;

describe("context-hoarding", () => {
  const team = (gives: string) => `
roles:
  - { id: pm, name: PM, consumes: [{ artifact: ext, cadence: weekly }], produces: [{ artifact: brief, cadence: weekly }] }
  - { id: sales, name: Sales, consumes: [{ artifact: brief, cadence: weekly }], produces: [{ artifact: ${gives}, cadence: weekly }] }
${artifacts("ext", "brief", "diary")}`;

  it("fires for a role that takes and gives nothing another role consumes", () => {
    const [found, ...rest] = run(contextHoarding, team("diary"));
    expect(rest).toEqual([]);
    expect(found && brief(found)).toEqual({ severity: "error", subjectId: "sales", related: ["brief"] });
    expect(found?.message).toBe("Sales consumes 1 artifact (BRIEF) but nothing it produces is consumed by another role: what it produces (DIARY) nobody else consumes");
  });

  it("does not fire when another role's agent reads what the role produces", () => {
    expect(run(contextHoarding, `${team("diary")}\nagents:\n  - { id: reader, name: Reader, role: pm, inputs: [diary] }`)).toEqual([]);
  });
});

describe("orphan-output", () => {
  const team = (consumer: string) => `
roles:
  - { id: pm, name: PM, produces: [{ artifact: brief, cadence: weekly, stage: discover }] }
  - { id: eng, name: Eng, consumes: [{ artifact: ${consumer}, cadence: weekly }] }
${artifacts("brief", "ext")}`;

  it("fires for work that feeds nobody", () => {
    const found = run(orphanOutput, team("ext"));
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "brief", related: ["pm"] }]);
    expect(found[0]?.stages).toEqual(["discover"]);
  });

  it("does not fire when another role consumes it", () => {
    expect(run(orphanOutput, team("brief"))).toEqual([]);
  });
});

describe("unsourced-input", () => {
  const team = (external: boolean) => `
roles:
  - { id: pm, name: PM, consumes: [{ artifact: data, cadence: weekly, stage: decide }] }
artifacts:
  - { id: data, name: Data, format: csv, external: ${external} }`;

  it("fires for an input nothing produces and nobody marked external", () => {
    const found = run(unsourcedInput, team(false));
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "data", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Data is consumed by PM, but no role produces it, no agent outputs it, and it is not marked external");
    expect(found[0]?.stages).toEqual(["decide"]);
  });

  it("does not fire for an external input", () => {
    expect(run(unsourcedInput, team(true))).toEqual([]);
  });
});

describe("leaderless-stage", () => {
  const team = (engagement: string) => `
stages: [{ id: work, name: Work }]
roles:
  - { id: pm, name: PM, engagement: { work: ${engagement} } }
artifacts: []`;

  it("fires for a stage nobody leads, naming who is engaged", () => {
    const found = run(leaderlessStage, team("support"));
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "work", related: ["pm"] }]);
    expect(found[0]?.message).toBe("No role leads stage Work: PM (support) is engaged, none as lead");
  });

  it("does not fire when a role leads it", () => {
    expect(run(leaderlessStage, team("lead"))).toEqual([]);
  });
});

describe("missing-stage-output", () => {
  const team = (produces: string) => `
stages: [{ id: work, name: Work, output: plan }]
roles:
  - { id: pm, name: PM, engagement: { work: lead }, produces: [${produces}] }
${artifacts("plan")}`;

  it("fires when no role produces the stage's output, naming its lead", () => {
    const found = run(missingStageOutput, team(""));
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "work", related: ["plan"] }]);
    expect(found[0]?.remediation).toBe("Add `{ artifact: plan, stage: work }` to the produces of the role that leads Work (pm).");
  });

  it("does not fire when a role produces it", () => {
    expect(run(missingStageOutput, team("{ artifact: plan, cadence: weekly }"))).toEqual([]);
  });
});

describe("compression-chain", () => {
  // ext -> a -> b -> c: c is two boundaries from outside.
  const team = (shortcut: string) => `
roles:
  - { id: a, name: A, consumes: [{ artifact: ext, cadence: weekly }], produces: [{ artifact: x1, cadence: weekly }] }
  - { id: b, name: B, consumes: [{ artifact: x1, cadence: weekly }], produces: [{ artifact: x2, cadence: weekly }] }
  - { id: c, name: C, consumes: [{ artifact: x2, cadence: weekly }${shortcut}] }
${artifacts("ext", "x1", "x2")}`;

  it("reports a role two boundaries from outside, with its chain", () => {
    const found = run(compressionChain, team(""));
    expect(found.map(brief)).toEqual([{ severity: "info", subjectId: "c", related: ["a", "b"] }]);
    expect(found[0]?.chain).toEqual(["a", "b", "c"]);
    expect(found[0]?.message).toBe("C gets context from outside the team only across 2 boundaries: EXT -> A -> X1 -> B -> X2 -> C");
  });

  it("does not report a role with a direct external input", () => {
    expect(run(compressionChain, team(", { artifact: ext, cadence: weekly }"))).toEqual([]);
  });
});

describe("unformatted-artifact", () => {
  const team = (format: string, cadence: string) => `
roles:
  - { id: pm, name: PM, produces: [{ artifact: doc${cadence} }] }
artifacts:
  - { id: doc, name: Doc${format} }`;

  it("fires for a missing format and an uncadenced flow, in one finding", () => {
    const found = run(unformattedArtifact, team("", ""));
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "doc", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Doc: it has no format; PM produces it with no cadence");
  });

  it("does not fire for a formatted artifact whose flows have cadences", () => {
    expect(run(unformattedArtifact, team(", format: text", ", cadence: weekly"))).toEqual([]);
  });
});
