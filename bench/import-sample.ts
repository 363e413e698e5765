// `npx tsx bench/import-sample.ts [teams]`: a handful of XL-shaped teams (L's team shape) and
// their handoffs imported into a fresh embedded Neo4j, after the bench's 16-team warm-up:
// throughput and the store's growth on disk, to estimate XL's import time and size
// (docs/performance.md, "Size XL") without importing 1,000 teams.
import { importTeam, importTeams } from "../apps/api/src/services/import.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { generateOrganisation, SIZES } from "../seed/generate.ts";
import { writeHandoffs } from "./handoffs.ts";
import { openDatabase, storeMb } from "./neo4j.ts";
const n = Number(process.argv[2] ?? 30);
const xl = SIZES.XL;
const shape = (teams: number, handoffs: boolean) => ({ teams, roles: xl.roles / 1000 * teams, artifacts: xl.artifacts / 1000 * teams, flows: xl.flows / 1000 * teams, contracts: xl.contracts / 1000 * teams, agents: xl.agents / 1000 * teams, handoffs: handoffs ? xl.handoffs / 1000 * teams : 0 });
const database = await openDatabase({ heap: "2g", pagecache: "1g", log: (l) => console.error(l) });
try {
  const { db } = database;
  const empty = storeMb(database.dataDir ?? "");
  const warm = generateOrganisation(shape(16, false), { seed: 99, prefix: "warm" });
  await importTeams(db, warm.teams.slice(0, 10), { jobs: 2 });
  for (const t of warm.teams.slice(10)) await importTeam(db, t);
  for (const t of warm.teams) await deleteTeam(db, t.team.id, true);
  const org = generateOrganisation(shape(n, true), { seed: 1, prefix: "org" });
  const t0 = performance.now();
  let count = 0;
  for (const o of await importTeams(db, org.teams, { jobs: 2 })) { if (o instanceof Error) throw o; count += o.nodes.created + o.relationships.created; }
  const ms = performance.now() - t0;
  const t1 = performance.now();
  const h = await writeHandoffs(db, org.teams, org.handoffs);
  const hms = performance.now() - t1;
  await new Promise((r) => setTimeout(r, 2000));
  const store = storeMb(database.dataDir ?? "");
  console.log(JSON.stringify({ teams: n, entities: count, seconds: Math.round(ms) / 1000, perSecond: Math.round(count / (ms / 1000)), handoffs: h, handoffSeconds: Math.round(hms) / 1000, storeMbEmpty: empty, storeMb: store }));
} finally {
  await database.close();
}
