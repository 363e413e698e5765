import { describe, expect, it } from "vitest";
import { fixture } from "../testing/fixture.ts";
import { subjectOf, withGaps, type Finding } from "./gaps.ts";

const finding = (subjectKind: string, subjectId: string, severity: Finding["severity"], related: string[] = []): Finding =>
  ({ rule: "orphan-artifact", severity, subjectKind, subjectId, related, message: "", remediation: "" });

describe("withGaps", () => {
  it("badges the nodes findings are about, a handoff's on its contract", () => {
    const graph = withGaps(fixture(), [
      finding("artifact", "brief", "ERROR"),
      finding("artifact", "brief", "WARNING"),
      finding("handoff", "h-7", "INFO", ["pm-to-architect"]),
      finding("stage", "build", "ERROR"),
    ]);
    expect(graph.byId.get("artifact:brief")?.gaps).toEqual({ error: 1, warning: 1, info: 0 });
    expect(graph.byId.get("contract:pm-to-architect")?.gaps).toEqual({ error: 0, warning: 0, info: 1 });
    expect(graph.nodes.filter((n) => n.gaps !== undefined).map((n) => n.id).sort()).toEqual(["artifact:brief", "contract:pm-to-architect", "role:pm"]);
  });

  it("leaves the map as it is until the report has findings", () => {
    const graph = fixture();
    expect(withGaps(graph, [])).toBe(graph);
  });
});

describe("subjectOf", () => {
  it("is the badged node when it is on the map, else nothing", () => {
    expect(subjectOf(finding("handoff", "h-7", "INFO", ["pm-to-architect"]), fixture())).toBe("contract:pm-to-architect");
    expect(subjectOf(finding("stage", "build", "ERROR"), fixture())).toBeUndefined();
    expect(subjectOf(finding("role", "ghost", "ERROR"), fixture())).toBeUndefined();
  });
});
