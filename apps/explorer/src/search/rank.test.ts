import { describe, expect, it } from "vitest";
import { rank } from "./rank.ts";

const items = [
  { id: "artifact:problem-brief", label: "Problem brief", kind: "artifact", entityId: "problem-brief" },
  { id: "contract:pm-to-architect", label: "Problem Brief Handoff", kind: "contract", entityId: "pm-to-architect" },
  { id: "role:architect", label: "Architect", kind: "role", entityId: "architect" },
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
  it("returns nothing for no match and everything for no query", () => {
    expect(rank(items, "zzz")).toEqual([]);
    expect(rank(items, "  ")).toHaveLength(4);
  });
});
