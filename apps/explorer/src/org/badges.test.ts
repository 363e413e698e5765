import { describe, expect, it } from "vitest";
import { crossTeamBadges, isCrossTeam } from "./badges.ts";
import type { OrgFinding } from "./model.ts";

const finding = (rule: string, team: string, severity: OrgFinding["severity"], related: string[] = [], subjectId = "x"): OrgFinding => ({
  rule, team, severity, subjectKind: "artifact", subjectId, related, message: rule, remediation: "",
});

describe("cross-team badges", () => {
  it("counts the cross-team rules and findings that name another team, not a team's own business", () => {
    const findings = [
      finding("uncontracted-cross-team-flow", "growth", "WARNING"),
      finding("unresolved-reference", "growth", "ERROR", [], "data/gone"),
      finding("orphan-output", "growth", "WARNING"),
      finding("compression-chain", "data", "WARNING", ["data/analyst", "growth/growth-pm"]),
      finding("compression-chain", "finance", "INFO", ["finance/cfo", "finance/fp-a"]),
    ];
    const badges = crossTeamBadges(findings);
    expect(badges.get("growth")).toMatchObject({ error: 1, warning: 1, info: 0 });
    expect(badges.get("growth")?.findings.map((f) => f.rule)).toEqual(["uncontracted-cross-team-flow", "unresolved-reference"]);
    expect(badges.get("data")).toMatchObject({ error: 0, warning: 1 });
    expect(badges.has("finance")).toBe(false);
  });

  it("a qualified id of the finding's own team is not another team", () => {
    expect(isCrossTeam(finding("orphan-output", "data", "WARNING", ["data/metrics"], "data/metrics"))).toBe(false);
    expect(isCrossTeam(finding("orphan-output", "data", "WARNING", [], "growth/brief"))).toBe(true);
  });
});
