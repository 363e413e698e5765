import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Team } from "@rolegraph/schema";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam, importTeams } from "../apps/api/src/services/import.ts";
import { generateOrganisation, SIZES, type SizeName } from "../seed/generate.ts";
import { openDatabase } from "./neo4j.ts";
import { summarize, timed } from "./stats.ts";

/**
 * The import part of the bench alone (bench/run.ts measures it the same way, then goes on to
 * reads, reports and the explorer): an organisation, or its first `--teams` teams of the same
 * shape, imported `--jobs` at a time after a warm-up, then teams of the same shape one at a
 * time; `--rounds` times, the teams deleted between rounds, so rounds compare in one process
 * on one warm server. CPU seconds of Neo4j and of this process per 1,000 entities are printed
 * beside the rate: on a machine shared with other work they move far less than the rate does.
 * What the lead runs for the import figures at L or XL without the rest:
 *
 *   NODE_ENV=production npx tsx bench/import-only.ts --size L
 */
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "L" },
    teams: { type: "string" },
    jobs: { type: "string", default: "2" },
    rounds: { type: "string", default: "1" },
    warmup: { type: "string", default: "16" },
    serial: { type: "string", default: "20" },
    heap: { type: "string" },
    pagecache: { type: "string" },
  },
});
const size = (values.size ?? "L").toUpperCase();
if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
const spec = SIZES[size as SizeName];
const teamCount = Math.min(Number(values.teams ?? spec.teams), spec.teams);
const jobs = Number(values.jobs);
const rounds = Number(values.rounds);
const log = (line: string) => console.error(line);

/** `teams` teams of the size's per-team shape (what bench/run.ts calls the same shape). */
function sameShape(teams: number) {
  const share = (total: number) => Math.round((total / spec.teams) * teams);
  return { teams, roles: share(spec.roles), artifacts: share(spec.artifacts), flows: share(spec.flows), contracts: share(spec.contracts), agents: share(spec.agents), handoffs: 0 };
}

const created = (outcomes: Awaited<ReturnType<typeof importTeams>>) => outcomes.reduce((sum, o) => {
  if (o instanceof Error) throw o;
  return sum + o.nodes.created + o.relationships.created;
}, 0);
const removeAll = async (db: Parameters<typeof deleteTeam>[0], teams: readonly Team[]) => {
  for (const t of teams) await deleteTeam(db, t.team.id, true);
};

/** CPU seconds of the Neo4j JVM this process started (utime + stime), from /proc. */
function jvmCpu(): number {
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === process.pid && stat.includes("(java)")) return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch { /* gone */ }
  }
  return Number.NaN;
}
const nodeCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

// The L bench's server for 100 teams (bench/run.ts), a larger page cache beyond.
const memory = teamCount > 100 ? { heap: "4g", pagecache: "4g" } : teamCount === 100 ? { heap: "4g", pagecache: "2g" } : { heap: "2g", pagecache: "1g" };
const database = await openDatabase({ heap: values.heap ?? memory.heap, pagecache: values.pagecache ?? memory.pagecache, log });
try {
  const { db } = database;
  const prefix = database.ephemeral ? "org" : `import-${process.pid}`;
  const org = generateOrganisation(sameShape(teamCount), { seed: 1, prefix });
  const warm = generateOrganisation(sameShape(Number(values.warmup)), { seed: 99, prefix: `${prefix}-warmup` });
  const serialOrg = generateOrganisation(sameShape(Number(values.serial)), { seed: 98, prefix: `${prefix}-serial` });
  const warmup = await timed(async () => {
    await importTeams(db, warm.teams.slice(0, Math.ceil(warm.teams.length * 0.6)), { jobs });
    for (const team of warm.teams.slice(Math.ceil(warm.teams.length * 0.6))) await importTeam(db, team);
  });
  await removeAll(db, warm.teams);
  log(`${size}-shaped, ${teamCount} teams; warm-up ${warm.teams.length} teams in ${Math.round(warmup.ms)} ms; load ${loadavg()[0]?.toFixed(1)}`);
  for (let round = 1; round <= rounds; round++) {
    const [j0, n0] = [jvmCpu(), nodeCpu()];
    const together = await timed(() => importTeams(db, org.teams, { jobs }));
    const entities = created(together.value);
    const [j1, n1] = [jvmCpu(), nodeCpu()];
    log(`  cpu per 1000 entities: neo4j ${((j1 - j0) * 1e6 / entities).toFixed(1)} ms, node ${((n1 - n0) * 1e6 / entities).toFixed(1)} ms`);
    const perTeam: number[] = [];
    let serialEntities = 0;
    const serial = await timed(async () => {
      for (const team of serialOrg.teams) {
        const one = await timed(() => importTeam(db, team));
        perTeam.push(one.ms);
        serialEntities += one.value.nodes.created + one.value.relationships.created;
      }
    });
    const p = summarize(perTeam);
    console.log(`round ${round}: ${jobs} at a time ${Math.round(entities / (together.ms / 1000))}/s (${entities} in ${(together.ms / 1000).toFixed(2)} s); `
      + `one at a time ${Math.round(serialEntities / (serial.ms / 1000))}/s (p50 ${p.p50} ms, p95 ${p.p95} ms); load ${loadavg()[0]?.toFixed(1)}`);
    if (round < rounds || !database.ephemeral) await removeAll(db, [...org.teams, ...serialOrg.teams]);
  }
} finally {
  await database.close();
}
