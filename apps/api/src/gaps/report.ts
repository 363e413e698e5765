import { RULES, runRules, summarize, type Finding, type GapReport, type Rule, type Severity, type TeamGraph } from "@rolegraph/rules";
import type { Db } from "../db/driver.ts";
import { readRulesGraph } from "../db/rules-graph.ts";

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
/** Teams remembered per Db: an organisation's worth; the least recently used goes first. */
const MAX_TEAMS = 500;
const memos = new WeakMap<Db, Map<string, { mark: string; work: Promise<Analysis | null> }>>();

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
  return summarize(analysis.graph, raw, asOf, options.minSeverity);
}

async function analyse(db: Db, teamId: string): Promise<Analysis | null> {
  const graph = await readRulesGraph(db, teamId);
  return graph && { graph, untimed: runRules(graph, new Date(0), UNTIMED) };
}

async function remembered(db: Db, teamId: string): Promise<Analysis | null> {
  // Without a mark nothing can be trusted: read afresh (and fail there, with the read's
  // retries and error mapping, if Neo4j is really away).
  const mark = await db.lastCommit().catch(() => undefined);
  if (mark === undefined) return analyse(db, teamId);
  const memo = memos.get(db) ?? new Map<string, { mark: string; work: Promise<Analysis | null> }>();
  memos.set(db, memo);
  const hit = memo.get(teamId);
  memo.delete(teamId);
  // The mark was taken before the read: a write in between only makes the entry look older
  // than it is, and the next call reads again.
  const entry = hit?.mark === mark ? hit : { mark, work: analyse(db, teamId) };
  memo.set(teamId, entry);
  entry.work.catch(() => memo.get(teamId) === entry && memo.delete(teamId));
  for (const oldest of memo.keys()) {
    if (memo.size <= MAX_TEAMS) break;
    memo.delete(oldest);
  }
  return entry.work;
}

export type { Finding, GapReport };
