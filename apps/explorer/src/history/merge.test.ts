import { describe, expect, it } from "vitest";
import { marksCss, marksOf, nodeIdOf } from "./marks.ts";
import { mergeCompositions } from "./merge.ts";

const node = (id: string) => ({ id, kind: id.split(":")[0], entityId: id.split(":")[1], label: id, stage: null, data: {} });
const edge = (source: string, target: string) => ({ id: `${source}>${target}`, kind: "produces", source, target });
const map = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[]) => ({ nodes, edges, totalNodes: nodes.length, totalEdges: edges.length });

describe("mergeCompositions", () => {
  it("keeps the newer map and adds what only the older had, with its edges to nodes on the map", () => {
    const before = map([node("role:pm"), node("artifact:brief"), node("role:old")], [edge("role:pm", "artifact:brief"), edge("role:old", "artifact:brief")]);
    const after = map([node("role:pm"), node("artifact:brief"), node("artifact:new")], [edge("role:pm", "artifact:new")]);
    const merged = mergeCompositions(before, after);
    expect(merged.nodes.map((n) => (n as { id: string }).id)).toEqual(["role:pm", "artifact:brief", "artifact:new", "role:old"]);
    expect(merged.edges.map((e) => (e as { id: string }).id)).toEqual(["role:pm>artifact:new", "role:pm>artifact:brief", "role:old>artifact:brief"]);
    expect([merged.totalNodes, merged.totalEdges]).toEqual([4, 3]);
  });
});

describe("marks", () => {
  it("mark added, removed and changed map nodes once each, and what the change breaks", () => {
    const marks = marksOf([
      { op: "ADDED", kind: "ARTIFACT", id: "new" }, { op: "REMOVED", kind: "ROLE", id: "old" }, { op: "REMOVED", kind: "WORKFLOW", id: "w" },
      { op: "CHANGED", kind: "ROLE", id: "pm" }, { op: "CHANGED", kind: "ROLE", id: "pm" },
    ], [{ subjectKind: "artifact", subjectId: "brief" }, { subjectKind: "role", subjectId: "old" }, { subjectKind: "stage", subjectId: "build" }]);
    expect([...marks]).toEqual([["artifact:new", "added"], ["role:old", "removed"], ["role:pm", "changed"], ["artifact:brief", "breaks"]]);
    expect(nodeIdOf("TEAM", "t")).toBeNull();
  });

  it("become one outline and one tag rule per node, keyed by its data-id", () => {
    const css = marksCss(new Map([["role:old", "removed"], ["artifact:new", "added"]]), "greyed out");
    expect(css).toContain('.react-flow__node[data-id="role:old"] { outline: 2px dashed');
    expect(css).toContain('.react-flow__node[data-id="role:old"]::after { content: "greyed out"');
    expect(css).toContain('.react-flow__node[data-id="artifact:new"]::after { content: "added"');
    expect(css.split("\n")).toHaveLength(4);
  });
});
