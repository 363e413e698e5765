import { parseTeamDocument } from "@rolegraph/schema";
import { fromTeam } from "./from-team.ts";
import type { GraphHandoff, OrgGraph, TeamGraph } from "./graph.ts";
import { buildOrg } from "./org.ts";
import type { Finding, Rule } from "./types.ts";

/** For the unit tests: a small team written as the body of a team file (no version or team lines). */
export function graphOf(body: string, handoffs: GraphHandoff[] = [], id = "t"): TeamGraph {
  const parsed = parseTeamDocument(`version: 1\nteam: { id: ${id}, name: Team ${id.toUpperCase()} }\n${body}`);
  if (!parsed.ok) throw new Error(`test team ${id} is invalid: ${JSON.stringify(parsed.errors)}`);
  return fromTeam(parsed.team, handoffs);
}

/** An organisation of small teams, `{ id: body }`, in the order given (which must not matter). */
export const orgOf = (teams: Record<string, string>): OrgGraph =>
  buildOrg(Object.entries(teams).map(([id, body]) => graphOf(body, [], id)));

/** One rule's findings for one team of an organisation. */
export function runOrg(rule: Rule, teams: Record<string, string>, team: string, asOf = AS_OF): Finding[] {
  const graph = orgOf(teams).teams.get(team);
  if (!graph) throw new Error(`no team ${team} in the test organisation`);
  return rule.check(graph, asOf);
}

export const AS_OF = new Date("2026-03-01T12:00:00Z");

export const run = (rule: Rule, body: string, handoffs: GraphHandoff[] = [], asOf = AS_OF): Finding[] =>
  rule.check(graphOf(body, handoffs), asOf);

/** A finding's identity, without its prose. */
export const brief = (f: Finding) => ({ severity: f.severity, subjectId: f.subjectId, related: f.related });

/**
 * The report tests' team, checked in memory (report.test.ts) and stored (test/gaps/report.test.ts):
 * a hoarder (error) whose output nobody consumes (an orphan, warning); the one stage has a lead.
 */
export const hoarderTeam = (lint = "") => `
stages: [{ id: work, name: Work }]
roles:
  - { id: pm, name: PM, engagement: { work: lead }, consumes: [{ artifact: calls, cadence: weekly }], produces: [{ artifact: brief, cadence: weekly }] }
  - { id: sales, name: Sales, consumes: [{ artifact: brief, cadence: weekly }], produces: [{ artifact: notes, cadence: weekly }] }
artifacts:
  - { id: calls, name: Calls, format: text, external: true }
  - { id: brief, name: Brief, format: text }
  - { id: notes, name: Notes, format: text }
${lint}`;
