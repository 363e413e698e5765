import { describe, expect, it } from "vitest";
import { badgeCounts, badgeNode } from "./badges.ts";

const finding = (subjectKind: string, subjectId: string, severity: "error" | "WARNING" | "info", related: string[] = []) =>
  ({ subjectKind, subjectId, severity, related });

describe("badgeNode", () => {
  it("puts a finding on its subject's node", () => {
    expect(badgeNode(finding("artifact", "brief", "error"))).toBe("artifact:brief");
    expect(badgeNode(finding("contract", "pm-to-arch", "info"))).toBe("contract:pm-to-arch");
  });
  it("puts a handoff's finding on its contract, and a stage's on none", () => {
    expect(badgeNode(finding("handoff", "h-1", "error", ["pm-to-arch"]))).toBe("contract:pm-to-arch");
    expect(badgeNode(finding("handoff", "h-1", "error"))).toBeNull();
    expect(badgeNode(finding("stage", "discover", "error"))).toBeNull();
  });
});

describe("badgeCounts", () => {
  it("counts by node and severity, whichever case the severity is in", () => {
    const counts = badgeCounts([
      finding("role", "pm", "error"),
      finding("role", "pm", "WARNING"),
      finding("role", "pm", "WARNING"),
      finding("handoff", "h-1", "info", ["pm-to-arch"]),
      finding("stage", "discover", "error"),
    ]);
    expect(Object.fromEntries(counts)).toEqual({
      "role:pm": { error: 1, warning: 2, info: 0 },
      "contract:pm-to-arch": { error: 0, warning: 0, info: 1 },
    });
  });
});
