import { describe, expect, it } from "vitest";
import { STAGES, fixture } from "../testing/fixture.ts";
import { assignLanes } from "./lanes.ts";

describe("assignLanes", () => {
  const lanes = assignLanes(fixture(), STAGES);
  it("keeps a node's own stage", () => {
    expect(lanes.get("role:architect")).toBe("decide");
  });
  it("puts an agent with its role", () => {
    expect(lanes.get("agent:shaper")).toBe("discover");
  });
  it("places a stageless input where it is used", () => {
    expect(lanes.get("artifact:calls")).toBe("discover");
  });
  it("places every node", () => {
    expect(lanes.size).toBe(fixture().nodes.length);
  });
});
