import type { OrgFinding } from "./model.ts";

/** The rules that exist only between teams (shared/spec/gap-rules.md). */
export const CROSS_TEAM_RULES: ReadonlySet<string> = new Set(["unresolved-reference", "unpublished-dependency", "uncontracted-cross-team-flow"]);

export interface TeamBadge {
  error: number;
  warning: number;
  info: number;
  findings: OrgFinding[];
}

const otherTeam = (id: string, team: string): boolean => {
  const slash = id.indexOf("/");
  return slash > 0 && id.slice(0, slash) !== team;
};

/**
 * A finding is at a seam when its rule exists only between teams, or when it names another
 * team's role or artifact (an orphan-output or compression-chain that sees across teams).
 * The rest is the team's own business: its own map shows it.
 */
export function isCrossTeam(finding: OrgFinding): boolean {
  return CROSS_TEAM_RULES.has(finding.rule) || otherTeam(finding.subjectId, finding.team) || finding.related.some((id) => otherTeam(id, finding.team));
}

/** Each team's cross-team findings, counted by severity: the badge on its group. */
export function crossTeamBadges(findings: readonly OrgFinding[]): Map<string, TeamBadge> {
  const out = new Map<string, TeamBadge>();
  for (const f of findings) {
    if (!isCrossTeam(f)) continue;
    let badge = out.get(f.team);
    if (badge === undefined) {
      badge = { error: 0, warning: 0, info: 0, findings: [] };
      out.set(f.team, badge);
    }
    if (f.severity === "ERROR") badge.error += 1;
    else if (f.severity === "WARNING") badge.warning += 1;
    else badge.info += 1;
    badge.findings.push(f);
  }
  return out;
}
