import { orgDistances } from "@rolegraph/rules";
import type { Db } from "../apps/api/src/db/driver.ts";
import { readChainInput } from "../apps/api/src/db/rules-across.ts";
import { gapReport, organizationGapReport } from "../apps/api/src/services/gaps.ts";
import { summarize, timed, type Summary } from "./stats.ts";

export interface GapResult {
  /** One team's full report, each team once (after one warm-up report). */
  perTeam: Summary;
  /** Every team's report, `concurrency` at a time: the whole organisation. */
  organisation: { ms: number; teams: number; concurrency: number; findings: number };
  /**
   * `Organization.gapReport`: every team's graph read in batches, the organisation built in
   * memory, every rule run, fresh each time (nothing remembered); `rememberedMs` the same call
   * again under an unchanged last-commit mark; `roundTrips` of one fresh report.
   */
  organisationReport: { ms: Summary; rememberedMs: number; roundTrips: number; findings: number; crossTeamFindings: number };
  /** Reading the organisation-wide chain input and searching it: what the first cross-team team report after a write pays once. */
  orgChains: { ms: number; flows: number };
  findingsByRule: Record<string, number>;
}

const CROSS_TEAM = new Set(["unresolved-reference", "unpublished-dependency", "uncontracted-cross-team-flow"]);

export async function measureGapReports(db: Db, teams: readonly string[], asOf: Date, options: { concurrency: number; perTeamRuns: number; orgRuns?: number }): Promise<GapResult> {
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

  const orgSamples: number[] = [];
  let orgFindings = 0;
  let crossTeamFindings = 0;
  let roundTrips = 0;
  for (let i = 0; i < (options.orgRuns ?? 3); i++) {
    const trips = db.stats.roundTrips;
    const { ms: orgMs, value } = await timed(() => organizationGapReport(db, { asOf, fresh: true }));
    roundTrips = db.stats.roundTrips - trips;
    orgSamples.push(orgMs);
    orgFindings = value.findings.length;
    crossTeamFindings = value.findings.filter((f) => CROSS_TEAM.has(f.rule)).length;
  }
  await organizationGapReport(db, { asOf });
  const remembered = await timed(() => organizationGapReport(db, { asOf }));
  const chains = await timed(async () => {
    const input = await readChainInput(db);
    orgDistances(input);
    return input;
  });

  return {
    perTeam: summarize(samples),
    organisation: { ms: Math.round(ms), teams: teams.length, concurrency: options.concurrency, findings },
    organisationReport: { ms: summarize(orgSamples), rememberedMs: Math.round(remembered.ms), roundTrips, findings: orgFindings, crossTeamFindings },
    orgChains: { ms: Math.round(chains.ms), flows: chains.value.flows.length },
    findingsByRule: byRule,
  };
}
