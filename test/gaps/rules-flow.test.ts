import { describe, expect, it } from "vitest";
import { brief, findings } from "./fixture.ts";

// Each rule: a small team where it must fire (asserting the exact findings) and one where it must not.

describe("context-hoarding", () => {
  const team = (gives: string) => `
roles:
  - id: pm
    name: PM
    consumes: [{ artifact: notes, cadence: weekly }, { artifact: calls, cadence: weekly }]
    produces: [{ artifact: brief, cadence: weekly }]
  - id: sales
    name: Sales
    consumes: [{ artifact: brief, cadence: weekly }, { artifact: calls, cadence: weekly }]
    produces: [{ artifact: ${gives}, cadence: weekly }]
artifacts:
  - { id: calls, name: Calls, format: text, external: true }
  - { id: brief, name: Brief, format: text }
  - { id: notes, name: Notes, format: text }
  - { id: diary, name: Diary, format: text }`;

  it("fires for a role that takes and gives nothing another role consumes", async () => {
    const found = await findings(team("diary"), "context-hoarding");
    expect(found.map(brief)).toEqual([{ rule: "context-hoarding", severity: "error", subjectId: "sales", related: ["brief", "calls"] }]);
    expect(found[0]?.message).toBe("Sales consumes 2 artifacts (Brief and Calls) but nothing it produces is consumed by another role: what it produces (Diary) nobody else consumes");
    expect(found[0]?.roles).toEqual(["sales"]);
  });

  it("does not fire when what a role produces is consumed, or read by another role's agent", async () => {
    expect(await findings(team("notes"), "context-hoarding")).toEqual([]);
    const viaAgent = `${team("diary")}
agents:
  - { id: reader, name: Reader, role: pm, inputs: [diary] }`;
    expect(await findings(viaAgent, "context-hoarding")).toEqual([]);
    const ownAgentGives = `${team("diary")}
agents:
  - { id: scribe, name: Scribe, role: sales, outputs: [notes] }`;
    expect(await findings(ownAgentGives, "context-hoarding")).toEqual([]);
  });
});

describe("orphan-output", () => {
  const team = (consumer: string) => `
roles:
  - id: pm
    name: PM
    produces: [{ artifact: brief, cadence: weekly, stage: discover }]
    consumes: [{ artifact: brief, cadence: weekly }]
  - id: dev
    name: Dev
    consumes: [{ artifact: ${consumer}, cadence: weekly }]
artifacts:
  - { id: brief, name: Brief, format: text }
  - { id: other, name: Other, format: text, external: true }`;

  it("fires for an artifact only its producer uses", async () => {
    const found = await findings(team("other"), "orphan-output");
    expect(found.map(brief)).toEqual([{ rule: "orphan-output", severity: "warning", subjectId: "brief", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Brief is produced by PM, but no other role consumes it and no agent of another role reads it");
    expect(found[0]?.stages).toEqual(["discover"]);
  });

  it("does not fire when another role consumes it, or another role's agent reads it", async () => {
    expect(await findings(team("brief"), "orphan-output")).toEqual([]);
    const read = `${team("other")}
agents:
  - { id: reader, name: Reader, role: dev, inputs: [brief] }`;
    expect(await findings(read, "orphan-output")).toEqual([]);
  });
});

describe("unsourced-input", () => {
  const team = (external: boolean) => `
roles:
  - { id: pm, name: PM, consumes: [{ artifact: market, cadence: weekly, stage: discover }] }
artifacts:
  - { id: market, name: Market data, format: text, external: ${external} }
  - { id: made, name: Made, format: text }
agents:
  - { id: bot, name: Bot, role: pm, inputs: [market, made], outputs: [made] }`;

  it("fires for an input nothing produces that is not external, naming who consumes it", async () => {
    const found = await findings(team(false), "unsourced-input");
    expect(found.map(brief)).toEqual([{ rule: "unsourced-input", severity: "error", subjectId: "market", related: ["bot", "pm"] }]);
    expect(found[0]?.message).toBe("Market data is consumed by PM and read by agent Bot, but no role produces it, no agent outputs it, and it is not marked external");
  });

  it("does not fire for external inputs or for what an agent outputs", async () => {
    expect(await findings(team(true), "unsourced-input")).toEqual([]);
  });
});

describe("leaderless-stage", () => {
  const team = (build: string) => `
stages: [{ id: shape, name: Shape }, { id: build, name: Build }]
roles:
  - { id: pm, name: PM, engagement: { shape: lead } }
  - { id: dev, name: Dev, engagement: { build: ${build} } }
artifacts: []`;

  it("fires for a stage in which no role leads", async () => {
    const found = await findings(team("support"), "leaderless-stage");
    expect(found.map(brief)).toEqual([{ rule: "leaderless-stage", severity: "error", subjectId: "build", related: ["dev"] }]);
    expect(found[0]?.message).toBe("No role leads stage Build: Dev (support) is engaged, none as lead");
  });

  it("does not fire when every stage has a lead", async () => {
    expect(await findings(team("lead"), "leaderless-stage")).toEqual([]);
  });
});

describe("missing-stage-output", () => {
  const team = (produces: string) => `
stages: [{ id: shape, name: Shape, output: pitch }]
roles:
  - { id: pm, name: PM, engagement: { shape: lead }, produces: [{ artifact: ${produces}, cadence: weekly }] }
  - { id: dev, name: Dev, consumes: [{ artifact: pitch, cadence: weekly }, { artifact: memo, cadence: weekly }] }
agents:
  - { id: writer, name: Writer, role: pm, outputs: [pitch] }
artifacts:
  - { id: pitch, name: Pitch, format: text }
  - { id: memo, name: Memo, format: text }`;

  it("fires when no role produces the stage's output (an agent writing it is not enough)", async () => {
    const found = await findings(team("memo"), "missing-stage-output");
    expect(found.map(brief)).toEqual([{ rule: "missing-stage-output", severity: "warning", subjectId: "shape", related: ["pitch"] }]);
    expect(found[0]?.roles).toEqual(["pm"]);
  });

  it("does not fire when a role produces it", async () => {
    expect(await findings(team("pitch"), "missing-stage-output")).toEqual([]);
  });
});
