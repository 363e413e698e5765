import { NODE_KINDS } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { STAGES, fixture } from "../testing/fixture.ts";
import { computeFocus } from "./focus.ts";
import { assignLanes } from "./lanes.ts";
import { computeVisibility } from "./visibility.ts";

const g = fixture();
const lanes = assignLanes(g, STAGES);
const none = { stages: [], kinds: [...NODE_KINDS], role: null, onlyGaps: false, isolate: false };

describe("computeVisibility", () => {
  it("shows everything without filters, yet says the API sent something it could not draw", () => {
    const v = computeVisibility(g, lanes, none, new Set(), undefined);
    expect(v.nodes.size).toBe(g.nodes.length);
    expect(v.edges.size).toBe(g.edges.length);
    expect(v.partial).toBe(true); // one edge was rejected
  });

  it("filters by stage and kind, and drops only edges whose ends are hidden", () => {
    const v = computeVisibility(g, lanes, { ...none, stages: ["discover"], kinds: ["role", "artifact"] }, new Set(), undefined);
    expect([...v.nodes].sort()).toEqual(["artifact:brief", "artifact:calls", "role:pm"]);
    expect([...v.edges].sort()).toEqual(["c1", "p1"]);
  });

  it("keeps a role's own Role OS and who sits across its contracts", () => {
    const v = computeVisibility(g, lanes, { ...none, role: "pm" }, new Set(), undefined);
    expect(v.nodes.has("role:architect")).toBe(true);
    expect(v.nodes.has("role:engineer")).toBe(false);
  });

  it("keeps only parts involved in findings, and never hides the focus", () => {
    const focus = computeFocus(g, "artifact:pitch", { up: 1, down: 1 });
    const v = computeVisibility(g, lanes, { ...none, onlyGaps: true }, new Set(["role:pm"]), focus);
    expect([...v.nodes].sort()).toEqual(["artifact:pitch", "role:pm"]);
  });

  it("hides what the focus does not reach when isolating", () => {
    const focus = computeFocus(g, "artifact:brief", { up: 1, down: 1 });
    const v = computeVisibility(g, lanes, { ...none, isolate: true }, new Set(), focus);
    expect(v.nodes.has("role:engineer")).toBe(false);
    expect(v.nodes.has("role:architect")).toBe(true);
  });
});
