import { NODE_KINDS } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { STAGES, fixture } from "../testing/fixture.ts";
import { computeFocus } from "./focus.ts";
import { assignLanes } from "./lanes.ts";
import { toFlow, type Flow } from "./toFlow.ts";
import { computeVisibility } from "./visibility.ts";

const g = fixture();
const lanes = assignLanes(g, STAGES);
const filters = { stages: [], kinds: [...NODE_KINDS], role: null, onlyGaps: false, isolate: false };
const flow = (focusId?: string, previous?: Flow) => {
  const focus = focusId === undefined ? undefined : computeFocus(g, focusId, { up: 1, down: 1 });
  const input = { graph: g, stages: STAGES, lanes, visibility: computeVisibility(g, lanes, filters, new Set(), focus), focus, direction: "LR" as const };
  return toFlow(input, previous === undefined ? undefined : { ...previous, stages: STAGES });
};

describe("toFlow", () => {
  it("makes one node per visible node, typed by kind, sized for layout", () => {
    const { nodes } = flow();
    expect(nodes).toHaveLength(g.nodes.length);
    const pm = nodes.find((n) => n.id === "role:pm");
    expect(pm?.type).toBe("role");
    expect(pm?.width).toBeGreaterThan(0);
    expect(pm?.data.chips.map((c) => c.letter)).toEqual(["L", "S", "·"]); // one chip per stage, blank where the role does not engage
  });

  it("labels flow edges with cadence and contract edges with gates and the last result", () => {
    const { edges } = flow();
    expect(edges.find((e) => e.id === "c2")?.data?.text).toBe("per-cycle");
    expect(edges.find((e) => e.id === "h1")?.data?.text).toBe("2 gates · last failed");
    expect(edges.find((e) => e.id === "h2")?.data?.text).toBeUndefined();
    expect(edges.find((e) => e.id === "h1")?.className).toContain("is-failed");
  });

  it("marks how the focus relates to what it reaches, and nothing else", () => {
    const { nodes, edges } = flow("artifact:brief");
    expect(nodes.find((n) => n.id === "role:engineer")?.data.relation).toBeUndefined();
    expect(nodes.find((n) => n.id === "role:architect")?.data.relation).toBe("consumer");
    expect(edges.find((e) => e.id === "c2")?.className).toContain("is-lit");
    expect(edges.find((e) => e.id === "c2")?.data?.lit).toBe(true);
    expect(edges.find((e) => e.id === "c3")?.className).not.toMatch(/is-(lit|dim)/);
  });

  it("keeps every node and edge a click does not restyle the same object, so it does not re-render", () => {
    const plain = flow();
    const focused = flow("artifact:brief", plain);
    const changed = focused.nodes.filter((n) => !plain.nodes.includes(n)).map((n) => n.id).sort();
    expect(changed).toEqual(focused.nodes.filter((n) => n.data.relation !== undefined).map((n) => n.id).sort());
    expect(changed).toContain("role:architect");
    expect(focused.nodes.find((n) => n.id === "role:engineer")).toBe(plain.nodes.find((n) => n.id === "role:engineer"));
    expect(focused.edges.find((e) => e.id === "c3")).toBe(plain.edges.find((e) => e.id === "c3"));
    expect(focused.edges.find((e) => e.id === "c2")).not.toBe(plain.edges.find((e) => e.id === "c2"));
    // The same again: the very same arrays, so React Flow rebuilds nothing.
    const again = flow("artifact:brief", focused);
    expect(again.nodes).toBe(focused.nodes);
    expect(again.edges).toBe(focused.edges);
    // Back to no focus: the lit ones change again, the rest stays.
    const cleared = flow(undefined, focused);
    expect(cleared.nodes.find((n) => n.id === "role:engineer")).toBe(plain.nodes.find((n) => n.id === "role:engineer"));
    expect(cleared.nodes.find((n) => n.id === "role:architect")?.data.relation).toBeUndefined();
  });

  it("gives every node its handles up front, on the sides the layout flows through", () => {
    const pm = flow().nodes.find((n) => n.id === "role:pm");
    expect(pm?.handles?.map((h) => `${h.type}:${h.position}`)).toEqual(["target:left", "source:right"]);
    expect((pm?.handles?.[1]?.x ?? 0) + 2).toBe(pm?.width);
    // And its size, as if measured: React Flow's fitView waits for every node to be.
    expect(pm?.measured).toEqual({ width: pm?.width, height: pm?.height });
  });
});
