import { LintConfigSchema, type LintConfig } from "@rolegraph/schema";
import type { Db } from "../db/driver.ts";
import { applyLintConfig, countFindings, filterSeverity, sortFindings } from "./config.ts";
import { L } from "./cypher.ts";
import { RULES } from "./rules/index.ts";
import { roleScores, teamScore } from "./score.ts";
import type { Finding, GapReport, Rule, Severity } from "./types.ts";

export interface GapReportOptions {
  /** Leave findings below this severity out of `findings` and `suppressed` (counts and score keep them). */
  minSeverity?: Severity;
  /** "Now" for the SLA rules; default the current time. */
  asOf?: Date;
  /** Run only these rules (default all); for tests and tools that want one rule. */
  rules?: Rule[];
}

const TEAM = `
MATCH (t:${L.Team} {team: $team, id: $team})
RETURN t.lint AS lint, COLLECT { MATCH (r:${L.Role} {team: $team}) RETURN r.id ORDER BY r.order, r.id } AS roles`;

/**
 * The coordination-gap report of one team, or null when the team is not in the graph. Each
 * rule runs in its own read transaction, all at once; the team's lint config then turns rules
 * off, changes severities and suppresses findings. Score and counts describe every active
 * finding; `minSeverity` only trims the lists.
 */
export async function gapReport(db: Db, teamId: string, options: GapReportOptions = {}): Promise<GapReport | null> {
  const asOf = options.asOf ?? new Date();
  const [team] = await db.query<{ lint: string | null; roles: string[] }>(TEAM, { team: teamId });
  if (!team) return null;
  const raw = await Promise.all((options.rules ?? RULES).map((rule) =>
    db.read((tx) => rule.run({ tx, team: teamId, asOf })).catch((error: unknown) => {
      throw new Error(`gap rule ${rule.id} failed: ${(error as Error).message}`, { cause: error });
    })));
  const { findings, suppressed } = applyLintConfig(raw.flat(), lintConfig(team.lint));
  const sorted = sortFindings(findings);
  return {
    teamId,
    asOf: asOf.toISOString(),
    score: teamScore(sorted, team.roles.length),
    roleScores: roleScores(sorted, team.roles),
    counts: countFindings(sorted),
    findings: filterSeverity(sorted, options.minSeverity),
    suppressed: filterSeverity(sortFindings(suppressed), options.minSeverity),
  };
}

/** The stored config was validated at import; anything unreadable counts as no config. */
function lintConfig(text: string | null): LintConfig | undefined {
  if (!text) return undefined;
  try {
    const parsed = LintConfigSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export type { Finding, GapReport };
