import { parseArgs } from "node:util";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { submitHandoff } from "../apps/api/src/services/handoffs.ts";
import { loadTeam } from "../test/helpers.ts";
import { openDatabase } from "./neo4j.ts";
import { summarize } from "./stats.ts";

/**
 * The handoff write path alone (no HTTP, no subscribers): `concurrency` submissions kept in
 * flight through the service for `seconds`, over three contracts of one team. What bounds
 * bench/events.ts's submissions, measured without the rest of it in the same process.
 *
 *   npx tsx bench/events-writes.ts --seconds 10 --concurrency 20
 */
const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, concurrency: { type: "string", default: "20" } } });
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const log = (line: string) => process.stderr.write(`${line}\n`);

const WORK = [
  ["pm-to-architect", { customer_problem: "Analysts wait", evidence: ["a", "b", "c"], business_rationale: "Renewals", success_criteria: ["Under 10 minutes"], constraints: ["HIPAA"], priority_confirmed_by: "Dana", ethical_considerations: "Small cohorts suppressed" }],
  ["architect-to-engineer", { approach: "Materialised tables", alternatives_considered: ["Live", "Streaming"], appetite_weeks: 4, open_risks: [] }],
  ["designer-to-engineer", { user_flows: ["Pick a cohort"], acceptance_criteria: ["Loads in 2 s"] }],
] as const;

async function main(): Promise<void> {
  const database = await openDatabase({ heap: "1g", pagecache: "256m", log });
  const team = `events-writes-${process.pid}`;
  await importTeam(database.db, loadTeam("seed/dpos-data-team.yaml", team));
  const actor = { name: "bench", roles: null };
  const latencies: number[] = [];
  let n = 0;
  let failed = 0;
  const started = Date.now();
  const until = started + SECONDS * 1000;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (Date.now() < until) {
      const [contract, payload] = WORK[n++ % WORK.length] as (typeof WORK)[number];
      const sent = Date.now();
      try {
        await submitHandoff(database.db, { team, contract, payload, submittedAt: new Date(), actor });
        latencies.push(Date.now() - sent);
      } catch (error) {
        failed++;
        log(String((error as Error).message).slice(0, 120));
      }
    }
  }));
  const elapsed = (Date.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ concurrency: CONCURRENCY, seconds: SECONDS, written: latencies.length, failed, perSecond: Math.round((latencies.length / elapsed) * 10) / 10, latencyMs: summarize(latencies) })}\n`);
  await deleteTeam(database.db, team, true);
  await database.close();
}

main().catch((error: unknown) => {
  log((error as Error).stack ?? String(error));
  process.exit(1);
});
