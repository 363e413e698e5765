import { describe, expect, it } from "vitest";
import { brief, run } from "../testing.ts";
import { gatelessContract } from "./gateless-contract.ts";
import { preferenceGate } from "./preference-gate.ts";
import { skippedStage } from "./skipped-stage.ts";
import { uncheckedRequirement } from "./unchecked-requirement.ts";
import { uncontractedHandoff } from "./uncontracted-handoff.ts";

const roles = `
roles:
  - { id: des, name: Designer, produces: [{ artifact: spec, cadence: weekly, stage: decide }] }
  - { id: eng, name: Engineer, consumes: [{ artifact: spec, cadence: weekly, stage: build }] }
artifacts:
  - { id: spec, name: Spec, format: text }`;
const contract = (body: string) => `${roles}\ncontracts:\n  - { id: spec-handoff, from: des, to: eng, boundary: { from: decide, to: build }, ${body} }`;

describe("gateless-contract", () => {
  it("fires for a contract with no gates", () => {
    const found = run(gatelessContract, contract("carries: [spec]"));
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "spec-handoff", related: ["des", "eng"] }]);
    expect(found[0]?.message).toBe("Contract spec-handoff from Designer to Engineer has no gates: a suggestion, not a contract");
    expect(found[0]?.stages).toEqual(["decide", "build"]);
  });

  it("does not fire for a contract with a gate", () => {
    expect(run(gatelessContract, contract("gates: [{ id: g, text: Spec, check: { field: spec, present: true } }]"))).toEqual([]);
  });
});

describe("preference-gate", () => {
  it("fires for each gate without a check", () => {
    const found = run(preferenceGate, contract("gates: [{ id: nice, text: Looks nice }, { id: ok, text: Ok, check: { field: spec, present: true } }]"));
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "spec-handoff", related: ["nice"] }]);
    expect(found[0]?.message).toBe("Gate 'nice' of contract spec-handoff from Designer to Engineer (\"Looks nice\") has no check: a preference nobody can verify");
  });

  it("does not fire when every gate has a check", () => {
    expect(run(preferenceGate, contract("gates: [{ id: ok, text: Ok, check: { field: spec, present: true } }]"))).toEqual([]);
  });
});

describe("unchecked-requirement", () => {
  const body = (field: string) => `requires: [{ field: scope, type: text }], gates: [{ id: g, text: G, check: { field: ${field}, present: true } }]`;

  it("fires for a required field no gate checks", () => {
    const found = run(uncheckedRequirement, contract(body("other")));
    expect(found.map(brief)).toEqual([{ severity: "info", subjectId: "spec-handoff", related: ["scope"] }]);
  });

  it("does not fire when a gate checks the field", () => {
    expect(run(uncheckedRequirement, contract(body("scope")))).toEqual([]);
  });
});

describe("skipped-stage", () => {
  const team = (to: string, loop = false) => `${roles}
contracts:
  - { id: jump, from: des, to: eng, boundary: { from: discover, to: ${to}, loop: ${loop} }, carries: [spec] }`;

  it("fires for a boundary that skips stages, naming them", () => {
    const found = run(skippedStage, team("build"));
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "jump", related: ["decide"] }]);
    expect(found[0]?.message).toBe("Contract jump from Designer to Engineer hands off from Discover to Build, skipping Decide");
    expect(found[0]?.stages).toEqual(["discover", "decide", "build"]);
  });

  it("does not fire for the next stage, nor for a loop", () => {
    expect(run(skippedStage, team("decide"))).toEqual([]);
    expect(run(skippedStage, team("build", true))).toEqual([]);
  });
});

describe("uncontracted-handoff", () => {
  it("fires for an artifact crossing to a later stage without a contract, naming the boundary", () => {
    const found = run(uncontractedHandoff, roles);
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "spec", related: ["des", "eng"] }]);
    expect(found[0]?.message).toBe("Spec crosses from Designer in Decide to Engineer in Build with no contract that carries it");
    expect(found[0]?.remediation).toBe("Add a contract from des to eng (boundary decide -> build) that carries spec, with gates that check what Engineer needs from it.");
  });

  it("points at an existing contract between the two that does not carry it", () => {
    const found = run(uncontractedHandoff, contract("carries: []"));
    expect(found[0]?.remediation).toBe("Add spec to the carries of spec-handoff (already from des to eng), with a gate that checks it.");
  });

  it("does not fire when a contract carries it", () => {
    expect(run(uncontractedHandoff, contract("carries: [spec]"))).toEqual([]);
  });
});
