import {
  buildOrg, combineReports, orgDistances, RULES, runRules, summarize, teamBoundaryDebt,
  type CrossDistance, type Finding, type GapReport, type OrgGapReport, type Rule, type Severity, type TeamGraph,
} from "@rolegraph/rules";
import { readChainInput } from "../db/rules-across.ts";
import type { Db } from "../db/driver.ts";
import { readRulesGraph, readRulesGraphs } from "../db/rules-graph.ts";
import { structureMark } from "../db/structure.ts";
import { listTeams } from "../db/team-store.ts";
import { signal } from "../observability/signals.ts";
import { RememberedByMark } from "./remembered.ts";
import { RememberedByStructure } from "./remembered-structure.ts";

export interface GapReportOptions {
  /** Leave findings below this severity out of `findings` and `suppressed` (counts and score keep them). */
  minSeverity?: Severity;
  /** "Now" for the SLA rules; default the current time. */
  asOf?: Date;
  /** Run only these rules (default all); for tests and tools that want one rule. */
  rules?: Rule[];
  /**
   * Read the team's graph and run every rule even when a remembered result is current
   * (benchmarks). The organisation's compression distances, shared by every team, stay
   * remembered under the teams' structure.
   */
  fresh?: boolean;
}

/** A team's graph (with its view of the other teams) and the findings that do not depend on the time. */
interface Analysis {
  graph: TeamGraph;
  untimed: Finding[];
}

const TIMED = RULES.filter((r) => r.timed);
const UNTIMED = RULES.filter((r) => !r.timed);
/** Teams remembered per Db: an organisation's worth. */
const MAX_TEAMS = 500;
const memos = new WeakMap<Db, RememberedByMark<Analysis | null>>();
const orgMemos = new WeakMap<Db, RememberedByMark<Map<string, Analysis>>>();
const chainMemos = new WeakMap<Db, RememberedByStructure<Map<string, Map<string, CrossDistance>>>>();

const memo = <V>(map: WeakMap<Db, RememberedByMark<V>>, db: Db, max: number) => {
  const found = map.get(db) ?? new RememberedByMark<V>(max);
  map.set(db, found);
  return found;
};

/**
 * The coordination-gap report of one team, or null when the team is not in the graph: the
 * team's graph and its seams with other teams in one read transaction, every rule in memory,
 * then the team's lint config and the score (@rolegraph/rules). Its findings are the ones
 * the organisation's report gives the team.
 *
 * The graph and its time-free findings are remembered per team under Neo4j's last-commit
 * mark (the bookmark the response cache's freshness check reads): any write, by this process
 * or another (an import, a handoff submitted or acknowledged), moves the mark, and the next
 * report reads the graph again. Checking the mark is one trivial query. The rules that read
 * handoff history against `asOf` (sla-breach, failed-gate) run on every call with that call's
 * `asOf`, so a remembered graph never answers for another moment with stale SLA findings.
 */
export async function gapReport(db: Db, teamId: string, options: GapReportOptions = {}): Promise<GapReport | null> {
  const asOf = options.asOf ?? new Date();
  let analysis: Analysis | null;
  if (options.fresh) analysis = await analyse(db, teamId, undefined);
  else {
    const mark = await lastCommit(db);
    analysis = await memo(memos, db, MAX_TEAMS).get(teamId, mark, () => analyse(db, teamId, mark));
  }
  if (!analysis) return null;
  return finish(analysis, asOf, options);
}

function finish(analysis: Analysis, asOf: Date, options: GapReportOptions): GapReport {
  const raw = options.rules
    ? runRules(analysis.graph, asOf, options.rules)
    : [...analysis.untimed, ...runRules(analysis.graph, asOf, TIMED)];
  const report = summarize(analysis.graph, raw, asOf, options.minSeverity);
  // Counts describe the whole team whatever minSeverity trims; a subset of the rules does not.
  if (!options.rules) signal({ kind: "report", teamId: report.teamId, bySeverity: report.counts.bySeverity, slaBreaches: report.counts.byRule["sla-breach"] ?? 0 });
  return report;
}

// Taken before the read: a write in between only makes the entry look older than it is, and
// the next call reads again. Without a mark (Neo4j away), the read itself fails with its
// retries and error mapping.
const lastCommit = (db: Db) => db.lastCommit().catch(() => undefined);

/** `mark`: the last-commit mark the caller read, if it did (a fresh report reads one only when it needs the organisation's chains). */
async function analyse(db: Db, teamId: string, mark: string | undefined): Promise<Analysis | null> {
  const read = await readRulesGraph(db, teamId);
  if (!read) return null;
  // Only a team that takes in another team's artifact can be further from outside than its own
  // graph says: the others need no organisation-wide search.
  const crosses = [...(read.across?.resolved.values() ?? [])].some((r) => r?.kind === "artifact");
  const graph = crosses && read.across
    ? { ...read, across: { ...read.across, distances: (await orgChains(db, mark ?? await lastCommit(db))).get(teamId) ?? new Map<string, CrossDistance>() } }
    : read;
  // The untimed rules do not read asOf: any moment gives the same findings.
  return { graph, untimed: runRules(graph, new Date(0), UNTIMED) };
}

/**
 * The organisation's compression distances, one search over every team (at XL 1.5 million
 * flows read, 12 to 40 s), remembered under the teams' structure (db/structure.ts): only an
 * import or a delete changes them. Under the last-commit mark alone, every handoff written
 * anywhere made the next report of every team taking in another team's artifact search the
 * whole organisation again (XL with handoffs arriving: one team's report p50 12.6 s).
 */
function orgChains(db: Db, mark: string | undefined): Promise<Map<string, Map<string, CrossDistance>>> {
  const chains = chainMemos.get(db) ?? new RememberedByStructure<Map<string, Map<string, CrossDistance>>>();
  chainMemos.set(db, chains);
  return chains.get(mark, () => structureMark(db), async () => orgDistances(await readChainInput(db)));
}

/**
 * The organisation's report: every team's findings, the cross-team rules among them, each
 * finding naming its team. Every team's rule graph is read in batches (readRulesGraphs:
 * one round trip per batch of teams, never one per team), the organisation built in memory
 * (@rolegraph/rules buildOrg), and the analysis remembered under the last-commit mark as a
 * team's is; the timed rules run per call with its `asOf`.
 */
export async function organizationGapReport(db: Db, options: GapReportOptions = {}): Promise<OrgGapReport> {
  const asOf = options.asOf ?? new Date();
  const mark = await lastCommit(db);
  const compute = async () => {
    const teams = (await listTeams(db)).map((t) => t.id);
    const org = buildOrg(await readRulesGraphs(db, teams));
    return new Map([...org.teams].map(([id, graph]) => [id, { graph, untimed: runRules(graph, new Date(0), UNTIMED) }]));
  };
  const analyses = await (options.fresh ? compute() : memo(orgMemos, db, 1).get("org", mark, compute));
  const ordered = [...analyses.values()].sort((a, b) => (a.graph.team.id < b.graph.team.id ? -1 : 1));
  const reports = ordered.map((a) => finish(a, asOf, options));
  // The seams between teams read the graphs buildOrg filled in: pure, and linear in the cross-team flows.
  const between = teamBoundaryDebt({ teams: new Map(ordered.map((a) => [a.graph.team.id, a.graph])) });
  return combineReports(reports, asOf, new Map(ordered.map((a) => [a.graph.team.id, a.graph.roles.length])), between);
}

/**
 * A team graph (a file being linted) checked against the organisation in the graph: every
 * other team's rule graph read as for the organisation's report, the stored version of the
 * same team replaced by this one, so its qualified references resolve (or not) as an import
 * of the file would make them.
 */
export async function againstGraph(db: Db, graph: TeamGraph): Promise<TeamGraph> {
  const teams = (await listTeams(db)).map((t) => t.id).filter((id) => id !== graph.team.id);
  const org = buildOrg([graph, ...await readRulesGraphs(db, teams)]);
  return org.teams.get(graph.team.id) ?? graph;
}

export type { Finding, GapReport, OrgGapReport };
