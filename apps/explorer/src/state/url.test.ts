import { describe, expect, it } from "vitest";
import { fromSearch, toSearch } from "./url.ts";
import { DEFAULT_VIEW, type ViewState } from "./view.ts";

describe("view state in the URL", () => {
  it("round-trips everything a deep link restores", () => {
    const state: ViewState = {
      team: "dpos-data-team", view: "contract", focus: "artifact:problem-brief", depth: 4, up: 0, relations: ["produces", "handoff"], path: "role:qa", stages: ["discover", "decide"],
      kinds: ["role", "artifact"], role: "data-pm", onlyGaps: true, isolate: true, direction: "TB", contract: "pm-to-architect",
      version: null, compare: { from: 2, to: 5 }, whatIf: ["role:data-pm"],
    };
    expect(fromSearch(toSearch(state))).toEqual(state);
  });

  it("keeps links short: defaults are left out, and ids stay readable", () => {
    expect(toSearch(DEFAULT_VIEW)).toBe("");
    expect(toSearch({ ...DEFAULT_VIEW, team: "t", focus: "role:data-pm" })).toBe("?team=t&focus=role:data-pm");
    expect(toSearch({ ...DEFAULT_VIEW, view: "org", focus: "artifact:data/weekly-metrics" })).toBe("?view=org&focus=artifact:data/weekly-metrics");
    expect(fromSearch("?view=org&focus=artifact:data/weekly-metrics")).toMatchObject({ view: "org", focus: "artifact:data/weekly-metrics" });
  });

  it("falls back to defaults for what it cannot read", () => {
    const s = fromSearch("?view=nope&depth=99&kinds=role,bogus&dir=sideways");
    expect(s.view).toBe("map");
    expect(s.depth).toBe(5);
    expect(s.kinds).toEqual(["role"]);
    expect(s.direction).toBe("LR");
  });
});
