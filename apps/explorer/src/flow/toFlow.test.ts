import { NODE_KINDS } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { STAGES, fixture } from "../testing/fixture.ts";
import { computeFocus } from "./focus.ts";
import { assignLanes } from "./lanes.ts";
import { toFlow } from "./toFlow.ts";
import { computeVisibility } from "./visibility.ts";

const g = fixture();
const lanes = assignLanes(g, STAGES);
const filters = { stages: [], kinds: [...NODE_KINDS], role: null, onlyGaps: false, isolate: false };
const flow = (focusId?: string) => {
  const focus = focusId === undefined ? undefined : computeFocus(g, focusId, 1);
  return toFlow({ graph: g, stages: STAGES, lanes, visibility: computeVisibility(g, lanes, filters, new Set(), focus), focus, direction: "LR" });
};

describe("toFlow", () => {
  it("makes one node per visible node, typed by kind, sized for layout", () => {
    const { nodes } = flow();
    expect(nodes).toHaveLength(g.nodes.length);
    const pm = nodes.find((n) => n.id === "role:pm");
    expect(pm?.type).toBe("role");
    expect(pm?.width).toBeGreaterThan(0);
    expect(pm?.data.chips.map((c) => c.letter)).toEqual(["L", "S"]);
  });

  it("labels flow edges with cadence and contract edges with gates and the last result", () => {
    const { edges } = flow();
    expect(edges.find((e) => e.id === "c2")?.label).toBe("per-cycle");
    expect(edges.find((e) => e.id === "h1")?.label).toBe("2 gates · last failed");
    expect(edges.find((e) => e.id === "h2")?.label).toBeUndefined();
    expect(edges.find((e) => e.id === "h1")?.className).toContain("is-failed");
  });

  it("dims what the focus does not reach and marks how the rest relates", () => {
    const { nodes, edges } = flow("artifact:brief");
    expect(nodes.find((n) => n.id === "role:engineer")?.data.dimmed).toBe(true);
    expect(nodes.find((n) => n.id === "role:architect")?.data.relation).toBe("consumer");
    expect(edges.find((e) => e.id === "c2")?.className).toContain("is-lit");
  });
});
