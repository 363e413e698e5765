import { describe, expect, it } from "vitest";
import { run, graphOf } from "./testing.ts";
import { namer } from "./text.ts";
import { uncontractedHandoff } from "./rules/uncontracted-handoff.ts";

const team = (second: string) => `
stages:
  - { id: decide, name: Decide }
  - { id: build, name: Build }
roles:
  - { id: des, name: Designer, engagement: { decide: lead }, produces: [{ artifact: spec, cadence: weekly, stage: decide }] }
  - { id: eng, name: ${second}, engagement: { build: lead }, consumes: [{ artifact: spec, cadence: weekly, stage: build }] }
  - { id: eng-2, name: Engineer, engagement: { build: support } }
artifacts:
  - { id: spec, name: Spec, format: text }`;

describe("namer: names in messages", () => {
  it("names a thing by its name alone when nothing else in the team carries it", () => {
    const named = namer(graphOf(team("Builder")));
    expect(named({ id: "des", name: "Designer" })).toBe("Designer");
    expect(named({ id: "eng", name: "Builder" })).toBe("Builder");
    // A contract or a thing with no name is named by its id: there is nothing else to call it.
    expect(named({ id: "k" })).toBe("k");
  });

  it("adds the id only where two things of the team share a name, whatever their case or kind", () => {
    const named = namer(graphOf(team("engineer")));
    expect(named({ id: "eng", name: "engineer" })).toBe("engineer (eng)");
    expect(named({ id: "eng-2", name: "Engineer" })).toBe("Engineer (eng-2)");
    expect(named({ id: "des", name: "Designer" })).toBe("Designer");
    const stageAndArtifact = namer(graphOf(team("Builder").replace("name: Spec", "name: Build")));
    expect(stageAndArtifact({ id: "spec", name: "Build" })).toBe("Build (spec)");
  });

  it("a rule's message says which of two same-named roles it means, and only that", () => {
    const [finding] = run(uncontractedHandoff, team("Engineer"));
    expect(finding?.message).toBe("Spec crosses from Designer in Decide to Engineer (eng) in Build with no contract that carries it");
    const [plain] = run(uncontractedHandoff, team("Builder"));
    expect(plain?.message).toBe("Spec crosses from Designer in Decide to Builder in Build with no contract that carries it");
  });
});
