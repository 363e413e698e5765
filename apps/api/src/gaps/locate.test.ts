import { describe, expect, it } from "vitest";
import { lineFinder } from "./locate.ts";

const yaml = `version: 1
team: { id: t, name: T }
roles:
  - id: pm
    name: PM
  # a comment between items
  - name: Dev
    id: dev
artifacts:
  - { id: brief, name: Brief }
contracts:
  -
    id: pm-to-dev
    from: pm
`;

describe("lineFinder", () => {
  it("finds the line each item starts on, whatever the key order or style", () => {
    const line = lineFinder(yaml);
    expect(line("role", "pm")).toBe(4);
    expect(line("role", "dev")).toBe(7);
    expect(line("artifact", "brief")).toBe(10);
    expect(line("contract", "pm-to-dev")).toBe(13);
  });

  it("has no line for unknown ids, handoffs, or kinds the file leaves out", () => {
    const line = lineFinder(yaml);
    expect(line("role", "ghost")).toBeUndefined();
    expect(line("handoff", "h-1")).toBeUndefined();
    expect(line("stage", "discover")).toBeUndefined();
  });

  it("reads JSON team files too", () => {
    const json = JSON.stringify({ version: 1, roles: [{ id: "a" }, { id: "b" }] }, null, 2);
    // The item is the object: its line is the one with its opening brace.
    expect(lineFinder(json)("role", "b")).toBe(7);
  });
});
