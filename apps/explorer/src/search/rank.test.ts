import { describe, expect, it } from "vitest";
import { distance, rank } from "./rank.ts";

const items = [
  { id: "artifact:problem-brief", label: "Problem brief", kind: "artifact", entityId: "problem-brief" },
  { id: "contract:pm-to-architect", label: "Problem Brief Handoff", kind: "contract", entityId: "pm-to-architect" },
  { id: "role:architect", label: "Architect", kind: "role", entityId: "architect", data: { owner: "Marco D." } },
  { id: "agent:adr", label: "ADR Drafter", kind: "agent", entityId: "adr-drafter" },
];

describe("rank", () => {
  it("puts names that start with the query first, shortest first", () => {
    expect(rank(items, "prob").map((i) => i.id)).toEqual(["artifact:problem-brief", "contract:pm-to-architect"]);
  });
  it("matches every word, in names, ids and kinds", () => {
    expect(rank(items, "brief contract").map((i) => i.id)).toEqual(["contract:pm-to-architect"]);
    expect(rank(items, "architect").map((i) => i.id)[0]).toBe("role:architect");
  });
  it("forgives a typo, and finds a role by its owner", () => {
    expect(rank(items, "architct").map((i) => i.id)[0]).toBe("role:architect");
    expect(rank(items, "marco").map((i) => i.id)).toEqual(["role:architect"]);
    expect(rank(items, "drafer").map((i) => i.id)).toEqual(["agent:adr"]);
  });
  it("returns nothing for no match and everything for no query", () => {
    expect(rank(items, "zzz")).toEqual([]);
    expect(rank(items, "  ")).toHaveLength(4);
  });
});

describe("distance", () => {
  it("counts edits, a swap of neighbours as one", () => {
    expect(distance("architct", "architect", 2)).toBe(1);
    expect(distance("brief", "breif", 2)).toBe(1);
    expect(distance("abc", "xyz", 1)).toBe(2);
  });
});
