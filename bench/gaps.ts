import type { Db } from "../apps/api/src/db/driver.ts";
import { gapReport } from "../apps/api/src/services/gaps.ts";
import { summarize, timed, type Summary } from "./stats.ts";

export interface GapResult {
  /** One team's full report, each team once (after one warm-up report). */
  perTeam: Summary;
  /** Every team's report, `concurrency` at a time: the whole organisation. */
  organisation: { ms: number; teams: number; concurrency: number; findings: number };
  findingsByRule: Record<string, number>;
}

export async function measureGapReports(db: Db, teams: readonly string[], asOf: Date, options: { concurrency: number; perTeamRuns: number }): Promise<GapResult> {
  const first = teams[0];
  if (first) await gapReport(db, first, { asOf, fresh: true });
  const samples: number[] = [];
  for (let i = 0; i < options.perTeamRuns; i++) {
    const team = teams[i % teams.length];
    if (team) samples.push((await timed(() => gapReport(db, team, { asOf, fresh: true }))).ms);
  }
  const byRule: Record<string, number> = {};
  let findings = 0;
  const queue = [...teams];
  const { ms } = await timed(() => Promise.all(Array.from({ length: options.concurrency }, async () => {
    for (let team = queue.shift(); team !== undefined; team = queue.shift()) {
      const report = await gapReport(db, team, { asOf, fresh: true });
      for (const f of report?.findings ?? []) {
        byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
        findings++;
      }
    }
  })));
  return { perTeam: summarize(samples), organisation: { ms: Math.round(ms), teams: teams.length, concurrency: options.concurrency, findings }, findingsByRule: byRule };
}
