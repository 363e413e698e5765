import { describe, expect, it } from "vitest";
import { brief, findings } from "./fixture.ts";

const roles = `
roles:
  - { id: pm, name: PM }
  - { id: dev, name: Dev }
artifacts: []`;
const contract = (body: string, boundary = "{ from: discover, to: decide }") => `${roles}
contracts:
  - id: pm-to-dev
    name: Brief handoff
    from: pm
    to: dev
    boundary: ${boundary}
${body}`;
const checked = `    requires: [{ field: evidence, type: list }]
    gates: [{ id: evidence, text: 3+ data points, check: { field: evidence, minItems: 3 } }]`;

describe("gateless-contract", () => {
  it("fires for a contract with no gates", async () => {
    const found = await findings(contract("    requires: [{ field: evidence, type: list }]"), "gateless-contract");
    expect(found.map(brief)).toEqual([{ rule: "gateless-contract", severity: "error", subjectId: "pm-to-dev", related: ["pm", "dev"] }]);
    expect(found[0]?.message).toBe("Contract Brief handoff from PM to Dev has no gates: a suggestion, not a contract");
  });

  it("does not fire when the contract has a gate", async () => {
    expect(await findings(contract(checked), "gateless-contract")).toEqual([]);
  });
});

describe("preference-gate", () => {
  it("fires once per gate without a check, naming the gate", async () => {
    const gates = `${checked}
      - { id: vibes, text: Good context }
      - { id: tone, text: Nice tone }`.replace("gates: [{ id: evidence, text: 3+ data points, check: { field: evidence, minItems: 3 } }]",
      "gates:\n      - { id: evidence, text: 3+ data points, check: { field: evidence, minItems: 3 } }");
    const found = await findings(contract(gates), "preference-gate");
    expect(found.map(brief)).toEqual([
      { rule: "preference-gate", severity: "warning", subjectId: "pm-to-dev", related: ["tone"] },
      { rule: "preference-gate", severity: "warning", subjectId: "pm-to-dev", related: ["vibes"] },
    ]);
    expect(found[1]?.message).toBe(`Gate 'vibes' of contract Brief handoff from PM to Dev ("Good context") has no check: a preference nobody can verify`);
  });

  it("does not fire when every gate has a check", async () => {
    expect(await findings(contract(checked), "preference-gate")).toEqual([]);
  });
});

describe("unchecked-requirement", () => {
  it("fires for each required field no gate checks", async () => {
    const body = checked.replace("[{ field: evidence, type: list }]", "[{ field: evidence, type: list }, { field: why, type: text }, { field: risks, type: list }]");
    const found = await findings(contract(body), "unchecked-requirement");
    expect(found.map(brief)).toEqual([
      { rule: "unchecked-requirement", severity: "info", subjectId: "pm-to-dev", related: ["risks"] },
      { rule: "unchecked-requirement", severity: "info", subjectId: "pm-to-dev", related: ["why"] },
    ]);
  });

  it("does not fire when every required field is checked", async () => {
    expect(await findings(contract(checked), "unchecked-requirement")).toEqual([]);
  });
});

describe("skipped-stage", () => {
  it("fires for a boundary that skips stages, naming them", async () => {
    const found = await findings(contract(checked, "{ from: discover, to: test }"), "skipped-stage");
    expect(found.map(brief)).toEqual([{ rule: "skipped-stage", severity: "warning", subjectId: "pm-to-dev", related: ["decide", "build"] }]);
    expect(found[0]?.message).toBe("Contract Brief handoff from PM to Dev hands off from Discover to Test, skipping Decide and Build");
  });

  it("does not fire for adjacent stages or for a feedback loop", async () => {
    expect(await findings(contract(checked), "skipped-stage")).toEqual([]);
    expect(await findings(contract(checked, "{ from: evaluate, to: discover, loop: true }"), "skipped-stage")).toEqual([]);
  });
});
