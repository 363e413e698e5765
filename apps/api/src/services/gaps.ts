import { RULES, runRules, summarize, type Finding, type GapReport, type Rule, type Severity, type TeamGraph } from "@rolegraph/rules";
import type { Db } from "../db/driver.ts";
import { readRulesGraph } from "../db/rules-graph.ts";
import { signal } from "../observability/signals.ts";
import { RememberedByMark } from "./remembered.ts";

export interface GapReportOptions {
  /** Leave findings below this severity out of `findings` and `suppressed` (counts and score keep them). */
  minSeverity?: Severity;
  /** "Now" for the SLA rules; default the current time. */
  asOf?: Date;
  /** Run only these rules (default all); for tests and tools that want one rule. */
  rules?: Rule[];
  /** Read the graph and run every rule even when a remembered result is current (benchmarks). */
  fresh?: boolean;
}

/** A team's graph and the findings that do not depend on the time. */
interface Analysis {
  graph: TeamGraph;
  untimed: Finding[];
}

const TIMED = RULES.filter((r) => r.timed);
const UNTIMED = RULES.filter((r) => !r.timed);
/** Teams remembered per Db: an organisation's worth. */
const MAX_TEAMS = 500;
const memos = new WeakMap<Db, RememberedByMark<Analysis | null>>();

/**
 * The coordination-gap report of one team, or null when the team is not in the graph: the
 * team's graph in one read transaction, every rule in memory, then the team's lint config
 * and the score (@rolegraph/rules).
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
  const analysis = await (options.fresh ? analyse(db, teamId) : remembered(db, teamId));
  if (!analysis) return null;
  const raw = options.rules
    ? runRules(analysis.graph, asOf, options.rules)
    : [...analysis.untimed, ...runRules(analysis.graph, asOf, TIMED)];
  const report = summarize(analysis.graph, raw, asOf, options.minSeverity);
  // Counts describe the whole team whatever minSeverity trims; a subset of the rules does not.
  if (!options.rules) signal({ kind: "report", teamId, bySeverity: report.counts.bySeverity, slaBreaches: report.counts.byRule["sla-breach"] ?? 0 });
  return report;
}

async function analyse(db: Db, teamId: string): Promise<Analysis | null> {
  const graph = await readRulesGraph(db, teamId);
  // The untimed rules do not read asOf: any moment gives the same findings.
  return graph && { graph, untimed: runRules(graph, new Date(0), UNTIMED) };
}

async function remembered(db: Db, teamId: string): Promise<Analysis | null> {
  const memo = memos.get(db) ?? new RememberedByMark<Analysis | null>(MAX_TEAMS);
  memos.set(db, memo);
  // Taken before the read: a write in between only makes the entry look older than it is,
  // and the next call reads again. Without a mark (Neo4j away), the read itself fails with
  // its retries and error mapping.
  const mark = await db.lastCommit().catch(() => undefined);
  return memo.get(teamId, mark, () => analyse(db, teamId));
}

export type { Finding, GapReport };
