import { describe, expect, it } from "vitest";
import { brief, findings } from "./fixture.ts";

const ALL_FIVE = "[blast-radius-defined, read-broad-write-narrow, irreversible-by-default, staged-mutations, explicit-destructive-confirmation]";
const team = (agent: string, owner = "owner: Dana K.") => `
roles:
  - { id: ops, name: Ops, ${owner} }
artifacts:
  - { id: log, name: Change log, format: text, sourceOfTruth: git }
  - { id: scratch, name: Scratch, format: text }
agents:
  - id: janitor
    name: Cost Janitor
    role: ops
${agent}`;

describe("unguarded-agent", () => {
  it("fires for a writing agent without all five guardrails, listing the missing ones", async () => {
    const found = await findings(team("    access: write\n    guardrails: [blast-radius-defined, staged-mutations]"), "unguarded-agent");
    expect(found.map(brief)).toEqual([{ rule: "unguarded-agent", severity: "error", subjectId: "janitor", related: ["ops"] }]);
    expect(found[0]?.message).toBe("Agent Cost Janitor of Ops has write access but lacks 3 guardrails: read-broad-write-narrow, irreversible-by-default and explicit-destructive-confirmation");
  });

  it("does not fire for a writing agent with all five, nor for a read-only one without any", async () => {
    expect(await findings(team(`    access: write\n    guardrails: ${ALL_FIVE}`), "unguarded-agent")).toEqual([]);
    expect(await findings(team("    access: read-only"), "unguarded-agent")).toEqual([]);
  });
});

describe("undefined-blast-radius", () => {
  it("fires for an agent without a blast radius", async () => {
    const found = await findings(team("    access: read-only"), "undefined-blast-radius");
    expect(found.map(brief)).toEqual([{ rule: "undefined-blast-radius", severity: "error", subjectId: "janitor", related: ["ops"] }]);
  });

  it("does not fire when the blast radius is written down", async () => {
    expect(await findings(team("    blastRadius: Tags idle resources; deletes nothing"), "undefined-blast-radius")).toEqual([]);
  });
});

describe("delegation-mismatch", () => {
  const delegation = (d: string) => team(`    delegation: { ${d} }`);

  it("warns when an agent runs autonomously although its factors call for coordination", async () => {
    const found = await findings(delegation("errorTolerance: low, toolSpan: single, independence: independent, mode: autonomous"), "delegation-mismatch");
    expect(found.map(brief)).toEqual([{ rule: "delegation-mismatch", severity: "warning", subjectId: "janitor", related: ["ops"] }]);
    expect(found[0]?.message).toBe("Agent Cost Janitor runs autonomously, but its error tolerance is low: that calls for coordination");
    const tangled = await findings(delegation("errorTolerance: high, toolSpan: multiple, independence: interdependent, mode: autonomous"), "delegation-mismatch");
    expect(tangled.map(brief)).toEqual([{ rule: "delegation-mismatch", severity: "warning", subjectId: "janitor", related: ["ops"] }]);
  });

  it("notes (info) a coordinated agent whose three factors all allow delegation", async () => {
    const found = await findings(delegation("errorTolerance: high, toolSpan: single, independence: independent, mode: coordinated"), "delegation-mismatch");
    expect(found.map(brief)).toEqual([{ rule: "delegation-mismatch", severity: "info", subjectId: "janitor", related: ["ops"] }]);
  });

  it("does not fire when the mode fits, or for hybrid", async () => {
    expect(await findings(delegation("errorTolerance: low, toolSpan: multiple, independence: interdependent, mode: coordinated"), "delegation-mismatch")).toEqual([]);
    expect(await findings(delegation("errorTolerance: low, toolSpan: single, independence: independent, mode: hybrid"), "delegation-mismatch")).toEqual([]);
  });

  // gap-rules.md, second version: an agent with no delegation factors is a task nobody sorted (info); it used to pass.
  it("notes (info) a stored agent with no delegation factors", async () => {
    const found = await findings(team("    access: read-only"), "delegation-mismatch");
    expect(found.map(brief)).toEqual([{ rule: "delegation-mismatch", severity: "info", subjectId: "janitor", related: ["ops"] }]);
  });
});

describe("copilot-not-specialist", () => {
  it("fires when the team cannot name all four, listing what is missing", async () => {
    const found = await findings(team("    outputs: [log, scratch]\n    serviceLevel: daily", ""), "copilot-not-specialist");
    expect(found.map(brief)).toEqual([{ rule: "copilot-not-specialist", severity: "warning", subjectId: "janitor", related: ["ops", "scratch"] }]);
    expect(found[0]?.message).toBe("Agent Cost Janitor is a copilot, not a specialist: the team cannot name its owner, source of truth for Scratch and audit trail");
  });

  it("does not fire when owner, sources of truth, service level and audit trail are all named", async () => {
    expect(await findings(team("    outputs: [log]\n    serviceLevel: daily\n    auditTrail: run log"), "copilot-not-specialist")).toEqual([]);
  });
});
