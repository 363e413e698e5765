import { describe, expect, it } from "vitest";
import { brief, run } from "../testing.ts";
import { missingOversight } from "./missing-oversight.ts";

const team = (agent: string) => `
roles:
  - { id: pm, name: PM }
artifacts:
  - { id: notes, name: Notes, format: text }
agents:
  - { id: bot, name: Bot, role: pm, ${agent} }`;

describe("missing-oversight", () => {
  it("warns for a reader with no oversight, and is an error for a writer", () => {
    expect(run(missingOversight, team("access: read-only")).map(brief)).toEqual([{ severity: "warning", subjectId: "bot", related: ["pm"] }]);
    const writer = run(missingOversight, team("access: write"));
    expect(writer.map(brief)).toEqual([{ severity: "error", subjectId: "bot", related: ["pm"] }]);
    expect(writer[0]?.message).toBe("Agent Bot of PM has no oversight and has write access: nobody is named to review what it does");
  });

  it("does not fire when someone is named to review it", () => {
    expect(run(missingOversight, team("access: write, oversight: PM reviews before sharing"))).toEqual([]);
  });
});
