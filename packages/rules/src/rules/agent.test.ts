import { describe, expect, it } from "vitest";
import { brief, run } from "../testing.ts";
import { copilotNotSpecialist } from "./copilot-not-specialist.ts";
import { delegationMismatchRule } from "./delegation-mismatch.ts";
import { undefinedBlastRadius } from "./undefined-blast-radius.ts";
import { unguardedAgent } from "./unguarded-agent.ts";

const ALL_GUARDRAILS = "[blast-radius-defined, read-broad-write-narrow, irreversible-by-default, staged-mutations, explicit-destructive-confirmation]";
const team = (agent: string, owner = "") => `
roles:
  - { id: pm, name: PM${owner} }
artifacts:
  - { id: notes, name: Notes, format: text }
  - { id: kb, name: KB, format: text, sourceOfTruth: wiki }
agents:
  - { id: bot, name: Bot, role: pm, ${agent} }`;

describe("unguarded-agent", () => {
  it("fires for a writing agent, listing the missing guardrails", () => {
    const found = run(unguardedAgent, team("access: write, guardrails: [staged-mutations]"));
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "bot", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Agent Bot of PM has write access but lacks 4 guardrails: blast-radius-defined, read-broad-write-narrow, irreversible-by-default and explicit-destructive-confirmation");
  });

  it("does not fire for a fully guarded writer, nor for a reader", () => {
    expect(run(unguardedAgent, team(`access: write, guardrails: ${ALL_GUARDRAILS}`))).toEqual([]);
    expect(run(unguardedAgent, team("access: read-only"))).toEqual([]);
  });
});

describe("undefined-blast-radius", () => {
  it("fires for an agent without a blast radius", () => {
    const found = run(undefinedBlastRadius, team("inputs: [notes]"));
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "bot", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Agent Bot of PM (read-only) has no blast radius: nobody has written down what it can touch");
  });

  it("does not fire when it has one", () => {
    expect(run(undefinedBlastRadius, team("blastRadius: reads notes only"))).toEqual([]);
  });
});

describe("delegation-mismatch", () => {
  const delegation = (mode: string, errorTolerance: string) =>
    team(`delegation: { errorTolerance: ${errorTolerance}, toolSpan: single, independence: independent, mode: ${mode} }`);

  it("warns for an autonomous agent that calls for coordination, and informs for a coordinated one that could be delegated", () => {
    expect(run(delegationMismatchRule, delegation("autonomous", "low")).map(brief)).toEqual([{ severity: "warning", subjectId: "bot", related: ["pm"] }]);
    expect(run(delegationMismatchRule, delegation("coordinated", "high")).map(brief)).toEqual([{ severity: "info", subjectId: "bot", related: ["pm"] }]);
  });

  it("does not fire when mode and factors agree, nor for a deliberate hybrid", () => {
    expect(run(delegationMismatchRule, delegation("autonomous", "high"))).toEqual([]);
    expect(run(delegationMismatchRule, delegation("hybrid", "low"))).toEqual([]);
  });

  // Spec, second version: an agent with no factors is a task nobody sorted (it used to pass silently).
  it("informs about an agent with no delegation factors", () => {
    const found = run(delegationMismatchRule, team("inputs: [notes]"));
    expect(found.map(brief)).toEqual([{ severity: "info", subjectId: "bot", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Agent Bot of PM has no delegation factors: nobody has sorted whether it may run on its own or needs coordination");
  });
});

describe("copilot-not-specialist", () => {
  it("fires listing what the team cannot name", () => {
    const found = run(copilotNotSpecialist, team("outputs: [notes, kb]"));
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "bot", related: ["pm", "notes"] }]);
    expect(found[0]?.message).toBe("Agent Bot is a copilot, not a specialist: the team cannot name its owner, source of truth for Notes, service level and audit trail");
    expect(found[0]?.remediation).toBe("Give role pm an owner; set sourceOfTruth on notes; add serviceLevel to bot; add auditTrail to bot.");
  });

  it("does not fire when all four can be named", () => {
    expect(run(copilotNotSpecialist, team("outputs: [kb], serviceLevel: daily, auditTrail: log", ", owner: Ada"))).toEqual([]);
  });
});
