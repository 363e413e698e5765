// A/B of the single-team reads between two checkouts of this repository, in one process,
// against one Neo4j, interleaved (so load on a shared machine hits both alike):
//   NODE_ENV=production npx tsx bench/ab-reads.ts /path/to/other/checkout [S|M]
// The other checkout's API is imported from its own files (its own @rolegraph packages).
import { join } from "node:path";
import pino from "pino";
import { importTeams } from "../apps/api/src/services/import.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import * as cypher from "../apps/api/src/db/cypher/relations.ts";
import { generateOrganisation, type SizeName } from "../seed/generate.ts";
import { openDatabase } from "./neo4j.ts";
import { gqlOver, OUR_QUERIES, pickTargets } from "./reads.ts";
import { interleaved, ratio } from "./stats.ts";

const [other, size = "S"] = process.argv.slice(2);
if (!other) throw new Error("usage: bench/ab-reads.ts OTHER_CHECKOUT [S|M]");
const log = (line: string) => console.error(line);
const database = await openDatabase({ heap: "1g", pagecache: "256m", log });
try {
  const org = generateOrganisation(size as SizeName);
  await importTeams(database.db, org.teams, { jobs: 2 });
  const env = parseEnv({ RESPONSE_CACHE_TTL_MS: "0" });
  const mine = createApp({ db: database.db, env, logger: pino({ level: "silent" }) });
  const theirs = (await import(join(other, "apps/api/src/yoga.ts"))) as { createApp: typeof createApp };
  const base = theirs.createApp({ db: database.db, env, logger: pino({ level: "silent" }) });
  const [a, b] = [gqlOver(mine.fetch, mine.yoga.fetchAPI.Request), gqlOver(base.fetch, base.yoga.fetchAPI.Request)];
  const targets = pickTargets(org.teams, 20);
  const vars = {
    consumers: (i: number) => targets.artifacts[i % targets.artifacts.length] ?? {},
    impactedRoles: (i: number) => targets.artifacts[i % targets.artifacts.length] ?? {},
    roleFlows: (i: number) => targets.roles[i % targets.roles.length] ?? {},
    contextChain: (i: number) => targets.chains[i % targets.chains.length] ?? {},
  } as const;
  for (const [name, v] of Object.entries(vars) as [keyof typeof vars, (i: number) => Record<string, unknown>][]) {
    const q = OUR_QUERIES[name];
    const s = await interleaved({ after: (i) => a(q, v(i)), before: (i) => b(q, v(i)) }, { warmup: 50, runs: 300, pauseMs: 2 });
    log(`${name}: before p50 ${s.before.p50} ms p95 ${s.before.p95} ms; after p50 ${s.after.p50} ms p95 ${s.after.p95} ms (after/before x${ratio(s.after.p50, s.before.p50)})`);
  }
  // The role-with-flows statement alone, both builders' texts through the driver.
  const old = (await import(join(other, "apps/api/src/db/cypher/relations.ts"))) as typeof cypher;
  const fields = { stages: false, other: new Set(["name"]), own: new Set<string>() };
  const statementOf = (builder: typeof cypher, i: number) => builder.withFlows("Role", ["CONSUMES", "PRODUCES"], targets.roles[i % targets.roles.length] ?? { team: "", id: "" }, fields).statement;
  const s = await interleaved({
    after: (i) => database.db.query(statementOf(cypher, i).text, statementOf(cypher, i).params),
    before: (i) => database.db.query(statementOf(old, i).text, statementOf(old, i).params),
  }, { warmup: 50, runs: 300, pauseMs: 2 });
  log(`roleFlows statement alone: before p50 ${s.before.p50} ms; after p50 ${s.after.p50} ms (x${ratio(s.after.p50, s.before.p50)})`);
} finally {
  await database.close();
}
