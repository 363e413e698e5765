import { parseTeamDocument, type Team } from "@rolegraph/schema";
import { afterAll } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { gapReport, type GapReportOptions } from "../../apps/api/src/services/gaps.ts";
import { ruleById } from "@rolegraph/rules";
import type { Finding, GapReport } from "../../apps/api/src/gaps/types.ts";
import { testDb, uniqueTeamId } from "../helpers.ts";

/** One driver per test file; the teams a file creates are deleted when it ends. */
export const db = testDb();
const created: string[] = [];
afterAll(async () => {
  for (const id of created) await deleteTeam(db, id, true);
  await db.close();
});

/** A team file given without its `version` and `team` lines: fixtures show only what matters. */
export function fixture(body: string, id = uniqueTeamId("gap")): Team {
  const parsed = parseTeamDocument(`version: 1\nteam: { id: ${id}, name: Fixture team }\n${body}`);
  if (!parsed.ok) throw new Error(`fixture is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.team;
}

export async function imported(team: Team): Promise<string> {
  await importTeam(db, team);
  created.push(team.team.id);
  return team.team.id;
}

/** Imports the fixture and reports; with `rule`, only that rule runs. */
export async function report(body: string | Team, options: GapReportOptions & { rule?: string } = {}): Promise<GapReport> {
  return reportOf(await imported(typeof body === "string" ? fixture(body) : body), options);
}

/** The report of a team already in the graph; with `rule`, only that rule runs. */
export async function reportOf(teamId: string, options: GapReportOptions & { rule?: string } = {}): Promise<GapReport> {
  const rule = options.rule ? ruleById(options.rule) : undefined;
  if (options.rule && !rule) throw new Error(`no rule ${options.rule}`);
  const result = await gapReport(db, teamId, { ...options, ...(rule ? { rules: [rule] } : {}) });
  if (!result) throw new Error(`team ${teamId} vanished`);
  return result;
}

/** What the rule tests compare: the identity of a finding, without its prose. */
export const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, subjectId: f.subjectId, related: f.related });

export async function findings(body: string | Team, rule: string, options: GapReportOptions = {}) {
  return (await report(body, { ...options, rule })).findings;
}
