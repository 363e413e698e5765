import { describe, expect, it } from "vitest";
import { brief, findings } from "./fixture.ts";

describe("uncontracted-handoff", () => {
  const team = (carries: string, consumeStage = "build") => `
roles:
  - id: pm
    name: PM
    produces: [{ artifact: spec, cadence: weekly, stage: decide }, { artifact: mocks, cadence: weekly, stage: decide }]
  - id: dev
    name: Dev
    consumes:
      - { artifact: spec, cadence: weekly, stage: ${consumeStage} }
      - { artifact: mocks, cadence: weekly, stage: build }
      - { artifact: spec, cadence: weekly }
artifacts:
  - { id: spec, name: Spec, format: text }
  - { id: mocks, name: Mocks, format: text }
contracts:
  - { id: pm-to-dev, from: pm, to: dev, boundary: { from: decide, to: build }, carries: [${carries}],
      gates: [{ id: g, text: G, check: { field: f, present: true } }] }`;

  it("fires for an artifact that crosses to a later stage with no contract carrying it", async () => {
    const found = await findings(team("mocks"), "uncontracted-handoff");
    expect(found.map(brief)).toEqual([{ rule: "uncontracted-handoff", severity: "warning", subjectId: "spec", related: ["pm", "dev"] }]);
    expect(found[0]?.message).toBe("Spec crosses from PM in Decide to Dev in Build with no contract that carries it");
    expect(found[0]?.remediation).toBe("Add spec to the carries of pm-to-dev (already from pm to dev), with a gate that checks it.");
    expect(found[0]?.stages).toEqual(["decide", "build"]);
  });

  it("does not fire when a contract carries it, for same-stage use, or for flows without a stage", async () => {
    expect(await findings(team("mocks, spec"), "uncontracted-handoff")).toEqual([]);
    const sameStage = (await findings(team("mocks", "decide"), "uncontracted-handoff")).map(brief);
    expect(sameStage).toEqual([]);
  });
});

describe("unformatted-artifact", () => {
  const team = (format: string, cadence: string) => `
roles:
  - { id: pm, name: PM, produces: [{ artifact: roadmap, ${cadence} stage: discover }] }
  - { id: dev, name: Dev, consumes: [{ artifact: roadmap, cadence: monthly }] }
artifacts:
  - { id: roadmap, name: Roadmap ${format} }`;

  it("fires for an artifact without a format, and for a flow without a cadence", async () => {
    const found = await findings(team("", ""), "unformatted-artifact");
    expect(found.map(brief)).toEqual([{ rule: "unformatted-artifact", severity: "warning", subjectId: "roadmap", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Roadmap: it has no format; PM produces it with no cadence");
    const cadenceOnly = await findings(team(", format: slides", "cadence: monthly,"), "unformatted-artifact");
    expect(cadenceOnly).toEqual([]);
    const formatOnly = await findings(team("", "cadence: monthly,"), "unformatted-artifact");
    expect(formatOnly.map(brief)).toEqual([{ rule: "unformatted-artifact", severity: "warning", subjectId: "roadmap", related: [] }]);
  });
});

describe("compression-chain", () => {
  // calls -> sales -> pm -> architect -> engineer -> qa -> ops: 0, 1, 2, 3, 4, 5 boundaries.
  const chain = ["sales", "pm", "architect", "engineer", "qa", "ops"];
  const team = (shortcut: boolean) => `
roles:
${chain.map((r, i) => `  - id: ${r}
    name: ${r.toUpperCase()}
    consumes: [{ artifact: ${i === 0 ? "calls" : `from-${chain[i - 1]}`}, cadence: weekly }${shortcut && r === "ops" ? ", { artifact: calls, cadence: weekly }" : ""}]
    produces: [{ artifact: from-${r}, cadence: weekly }]`).join("\n")}
artifacts:
  - { id: calls, name: Customer calls, format: text, external: true }
${chain.map((r) => `  - { id: from-${r}, name: From ${r}, format: text }`).join("\n")}`;

  it("grades each role by its boundaries from external context: info from 2, warning past 3", async () => {
    const found = await findings(team(false), "compression-chain");
    expect(found.map((f) => ({ ...brief(f), chain: f.chain }))).toEqual([
      { rule: "compression-chain", severity: "warning", subjectId: "ops", related: ["sales", "pm", "architect", "engineer", "qa"], chain },
      { rule: "compression-chain", severity: "warning", subjectId: "qa", related: ["sales", "pm", "architect", "engineer"], chain: chain.slice(0, 5) },
      { rule: "compression-chain", severity: "info", subjectId: "architect", related: ["sales", "pm"], chain: chain.slice(0, 3) },
      { rule: "compression-chain", severity: "info", subjectId: "engineer", related: ["sales", "pm", "architect"], chain: chain.slice(0, 4) },
    ]);
    expect(found[2]?.message).toBe("ARCHITECT gets context from outside the team only across 2 boundaries: Customer calls -> SALES -> From sales -> PM -> From pm -> ARCHITECT");
  });

  it("a role that consumes the external input itself is at 0 and gets no finding", async () => {
    const found = await findings(team(true), "compression-chain");
    expect(found.map((f) => f.subjectId)).toEqual(["qa", "architect", "engineer"]);
  });
});
