import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam, importTeams } from "../apps/api/src/services/import.ts";
import { neo4jVersion } from "../apps/api/src/db/local-neo4j.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { generateOrganisation, SIZES, type OrganisationSummary, type SizeName } from "../seed/generate.ts";
import { measureExplorer, type ExplorerResult } from "./explorer.ts";
import { measureOrgMap, orgMapTable, type OrgMapResult } from "./org-map.ts";
import { measureGapReports, type GapResult } from "./gaps.ts";
import { measureHistory, oneTeamOf, type HistoryResult } from "./history.ts";
import { measureLoad, type LoadResult } from "./load.ts";
import { measureOrgReads, type OrgReadName, type OrgReadResult } from "./org-reads.ts";
import { openDatabase } from "./neo4j.ts";
import { gqlOver, measureReads, OUR_QUERIES, type ReadName, type ReadResult } from "./reads.ts";
import { settleSla, type SlaSettled } from "./settle-sla.ts";
import { loadOrganisation } from "./organisation-load.ts";
import { NAMED_RATE } from "./open-loop.ts";
import { measureRealisticLoad, realisticTable, type RealisticResult } from "./realistic-load.ts";
import { storeMb } from "./neo4j.ts";
import { summarize, timed, type Summary } from "./stats.ts";
import { theirServer } from "./theirs.ts";

const ROOT = join(import.meta.dirname, "..");

export interface BenchOptions {
  size: SizeName;
  /** Where the JSON goes; default bench/results/<size>.json. */
  out?: string;
  /** One pass of everything, no timing worth reading: the smoke test. */
  quick?: boolean;
  seed?: number;
  explorerSizes?: number[];
  /** Only these parts (PARTS); the organisation is always generated and imported. */
  only?: Part[];
  log?: (line: string) => void;
}

/**
 * What can be run alone (`--only import,reads,realistic`), so a long XL run can be done in
 * pieces: each piece imports the organisation again (fresh server) and merges its parts into
 * the results file. `import` is the measured extras (warm-up, one team at a time); the
 * organisation's own import and handoffs are always timed.
 */
export const PARTS = ["import", "reads", "orgReads", "gaps", "load", "realistic", "history", "explorer", "orgMap"] as const;
export type Part = (typeof PARTS)[number];

/**
 * Every read starts 2 ms after the last call ended, as independent requests do. Back to back,
 * the raw query found Neo4j's threads still awake from the previous call while the GraphQL
 * one, behind its own parsing, had to wake them: on this VM that alone cost up to 1 ms.
 * The back-to-back figures are kept too (`backToBack`).
 */
const READ_PAUSE_MS = 2;

/** Settings per size: enough runs for a stable p95, without the L run taking all afternoon. */
function settings(size: SizeName, quick: boolean) {
  if (quick) {
    return { warmup: 1, runs: 2, targets: 4, loadWarmupMs: 200, loadMs: 2_000, gapRuns: 1, explorerRuns: 1, heap: "1g", pagecache: "256m" };
  }
  return {
    S: { warmup: 20, runs: 100, targets: 20, loadWarmupMs: 2_000, loadMs: 5_000, gapRuns: 10, explorerRuns: 3, heap: "1g", pagecache: "256m" },
    M: { warmup: 30, runs: 200, targets: 100, loadWarmupMs: 3_000, loadMs: 10_000, gapRuns: 20, explorerRuns: 5, heap: "2g", pagecache: "512m" },
    L: { warmup: 100, runs: 600, targets: 100, loadWarmupMs: 3_000, loadMs: 15_000, gapRuns: 100, explorerRuns: 5, heap: "4g", pagecache: "2g" },
    // XL's store is about ten L's (docs/performance.md, "Size XL"): the page cache holds all of it.
    XL: { warmup: 100, runs: 600, targets: 100, loadWarmupMs: 3_000, loadMs: 15_000, gapRuns: 100, explorerRuns: 5, heap: "4g", pagecache: "4g" },
  }[size];
}

export interface BenchResult {
  size: SizeName;
  generatedAt: string;
  /** The parts this file holds (all, or those of the `--only` runs merged into it). */
  parts: Part[];
  machine: Record<string, unknown>;
  settings: ReturnType<typeof settings>;
  organisation: OrganisationSummary & { generateMs: number };
  import: {
    /** Teams of the same shape imported (and deleted) before measuring, from a fresh server. */
    warmup?: { teams: number; ms: number };
    /** The organisation imported as `rolegraph import` imports many files: `jobs` teams at a time. */
    teams: number; jobs: number; nodes: number; relationships: number; seconds: number;
    /** Entities and relationships created per second, over all team imports. */
    perSecond: number;
    /** Teams of the same shape imported one after another, with each team's time. */
    oneAtATime?: { teams: number; entities: number; seconds: number; perSecond: number; perTeam: Summary };
    handoffs: { count: number; seconds: number; perSecond: number };
    /** The SLA backlog done before anything is measured (bench/settle-sla.ts). */
    slaSettled?: SlaSettled;
    /** Neo4j's store on disk after the import (embedded only): for sizing (docs/deploy.md). */
    storeMb?: number | null;
  };
  reads?: Record<ReadName, ReadResult>;
  /** Reads across teams (bench/org-reads.ts): GraphQL against one raw Cypher statement each. */
  orgReads?: Record<OrgReadName, OrgReadResult>;
  gapReports?: GapResult;
  /** 50 clients on `artifact { consumers }`, the API as configured by default (response cache on). */
  concurrent?: LoadResult;
  /** The same with the response cache off: every request goes to Neo4j. */
  concurrentUncached?: LoadResult;
  /** 50 clients on a Zipf-drawn mix of reads, the API in its own process, cache on and off (bench/realistic-load.ts). */
  realistic?: RealisticResult;
  explorer?: ExplorerResult[];
  /** The organisation view over the organisation imported above (absent for one team). */
  orgMap?: OrgMapResult;
  /** Preview, what-if and diff of one team of the size's shape (bench/history.ts). */
  history?: HistoryResult;
  targets: { name: string; target: string; value: string; met: boolean }[];
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const quick = options.quick ?? false;
  const set = settings(options.size, quick);
  const load1 = loadavg()[0];
  const parts = new Set<Part>(options.only ?? PARTS);
  const wants = (part: Part) => parts.has(part);

  const database = await openDatabase({ heap: set.heap, pagecache: set.pagecache, log });
  // Our own server owns its database; a shared one (NEO4J_URI, the test run) gets unique team ids.
  const prefix = database.ephemeral ? "org" : `bench-${process.pid}-${Math.random().toString(36).slice(2, 6)}`;
  const { db } = database;
  const teamIds: string[] = [];
  const extraTeams: string[] = [];
  const stopTheirs: (() => Promise<void>)[] = [];
  try {
    // Warm-up: teams of the same shape imported and deleted first, so the figure is the steady
    // state (the JVM's JIT and Neo4j's plan cache warm), not a fresh server's first minute.
    // Three teams were not enough: the JVM was still compiling through the next 15 s, and
    // whichever import was measured first came out 10 to 40% slower than the same import
    // measured after it (L runs 9 to 11, docs/performance.md). Both ways it is measured, warmed.
    let warmupResult: BenchResult["import"]["warmup"];
    if (wants("import")) {
      const warm = generateOrganisation(sameShape(options.size, 16), { seed: 99, prefix: `${prefix}-warmup` });
      const warmup = await timed(async () => {
        await importTeams(db, warm.teams.slice(0, 10), { jobs: 2 });
        for (const team of warm.teams.slice(10)) await importTeam(db, team);
      });
      for (const team of warm.teams) await deleteTeam(db, team.team.id, true);
      warmupResult = { teams: warm.teams.length, ms: Math.round(warmup.ms) };
      log(`import warm-up: ${warm.teams.length} teams in ${Math.round(warmup.ms)} ms`);
    }

    // Import: the organisation's teams as `rolegraph import teams/*.yaml` imports them, one
    // transaction per team, two at a time (importTeams; different teams lock different Team
    // nodes), generated and imported a batch at a time (bench/organisation-load.ts).
    const org = await loadOrganisation(db, options.size, { seed: options.seed ?? 1, prefix, targets: set.targets, log });
    teamIds.push(...org.teamIds);
    log(`bench ${options.size}: ${JSON.stringify(org.summary)}; generated in ${org.generateMs} ms`);
    const { nodes, relationships } = org.import;
    // The same work one team after another (what one `rolegraph import FILE` at a time gets),
    // on teams of the same shape, with each team's time.
    let oneAtATime: BenchResult["import"]["oneAtATime"];
    if (wants("import")) {
      const serialOrg = generateOrganisation(sameShape(options.size, 20), { seed: 98, prefix: `${prefix}-serial` });
      const perTeam: number[] = [];
      let serialCount = 0;
      const serial = await timed(async () => {
        for (const team of serialOrg.teams) {
          const { ms, value } = await timed(() => importTeam(db, team));
          perTeam.push(ms);
          serialCount += value.nodes.created + value.relationships.created;
        }
      });
      for (const team of serialOrg.teams) await deleteTeam(db, team.team.id, true);
      oneAtATime = { teams: serialOrg.teams.length, entities: serialCount, seconds: round(serial.ms / 1000), perSecond: Math.round(serialCount / (serial.ms / 1000)), perTeam: summarize(perTeam) };
    }
    // The import's figures first, on the store as the import left it: the backlog's writes (XL:
    // 200,000 handoffs updated, 54,000 events) and what Neo4j does after them are not the import's.
    const slaSettled = await settleSla(db, new Date());
    log(`SLA backlog settled before measuring: ${slaSettled.recorded} handoffs' deadlines recorded, ${slaSettled.breaches} breaches reported, ${slaSettled.ms} ms`);
    const importResult: BenchResult["import"] = {
      ...(warmupResult ? { warmup: warmupResult } : {}),
      teams: teamIds.length, jobs: org.import.jobs, nodes, relationships, seconds: round(org.import.ms / 1000),
      perSecond: Math.round((nodes + relationships) / (org.import.ms / 1000)),
      ...(oneAtATime ? { oneAtATime } : {}),
      handoffs: { count: org.handoffs.count, seconds: round(org.handoffs.ms / 1000), perSecond: Math.round(org.handoffs.count / (org.handoffs.ms / 1000)) },
      slaSettled,
      storeMb: database.dataDir ? storeMb(database.dataDir) : null,
    };
    log(`import: ${nodes} nodes + ${relationships} relationships, 2 teams at a time, in ${importResult.seconds} s = ${importResult.perSecond}/s; one team at a time ${oneAtATime?.perSecond ?? "-"}/s (per team p50 ${oneAtATime?.perTeam.p50 ?? "-"} ms); ${org.handoffs.count} handoffs in ${importResult.handoffs.seconds} s; store ${importResult.storeMb ?? "-"} MB`);

    // Reads: ours and @neo4j/graphql in process (fetch handlers), raw Cypher through the driver.
    // The response cache off: the reads measure what the API adds to a query Neo4j answers,
    // not how often it need not ask (200 runs over 100 targets would be mostly cache hits).
    const uncachedApp = createApp({ db, env: parseEnv({ RESPONSE_CACHE_TTL_MS: "0" }), logger: pino({ level: "silent" }) });
    const targets = org.reads;
    let reads: BenchResult["reads"];
    if (wants("reads")) {
      const theirs = await theirServer(database.uri, db.database, database);
      stopTheirs.push(() => theirs.close());
      reads = await measureReads(db, gqlOver(uncachedApp.fetch, uncachedApp.yoga.fetchAPI.Request), gqlOver(theirs.fetch, theirs.Request), targets, { warmup: set.warmup, runs: set.runs, pauseMs: READ_PAUSE_MS });
      for (const [name, r] of Object.entries(reads)) {
        log(`${name}: graphql p50 ${r.graphql.p50} ms, raw p50 ${r.raw.p50} ms (x${r.overheadP50})${r.neo4jGraphql ? `, @neo4j/graphql p50 ${r.neo4jGraphql.p50} ms (ours/theirs ${r.oursVsTheirsP50})` : ""}${r.agree ? "" : " (answers differ!)"}`);
      }
    }

    let orgReads: BenchResult["orgReads"];
    if (wants("orgReads")) {
      orgReads = await measureOrgReads(db, gqlOver(uncachedApp.fetch, uncachedApp.yoga.fetchAPI.Request), ROOT, org.orgReads, set.targets,
        { warmup: set.warmup, runs: set.runs, pauseMs: READ_PAUSE_MS, ...(options.size === "XL" ? { slowRuns: 60 } : {}) });
      for (const [name, r] of Object.entries(orgReads)) {
        log(`${name}: graphql p50 ${r.graphql.p50} ms, raw p50 ${r.raw.p50} ms (x${r.overheadP50}), ${r.results} results${r.agree ? "" : " (answers differ!)"}`);
      }
      extraTeams.push("data-platform", "growth", "customer-support");
    }

    let gapReports: BenchResult["gapReports"];
    if (wants("gaps")) {
      gapReports = await measureGapReports(db, teamIds, new Date(org.asOf), { concurrency: 2, perTeamRuns: set.gapRuns });
      log(`gap report: one team p50 ${gapReports.perTeam.p50} ms p95 ${gapReports.perTeam.p95} ms; all ${teamIds.length} teams ${gapReports.organisation.ms} ms (${gapReports.organisation.findings} findings)`);
      const orgReport = gapReports.organisationReport;
      log(`organisation gap report: p50 ${orgReport.ms.p50} ms (max ${orgReport.ms.max} ms), ${orgReport.roundTrips} round trips, ${orgReport.findings} findings (${orgReport.crossTeamFindings} cross-team); remembered ${orgReport.rememberedMs} ms; organisation chain index ${gapReports.orgChains.ms} ms over ${gapReports.orgChains.flows} flows`);
    }

    // 50 clients over real HTTP on 127.0.0.1 against the API listening in this process: as
    // configured by default (response cache on), and with the cache off.
    let concurrent: LoadResult | undefined;
    let concurrentUncached: LoadResult | undefined;
    if (wants("load")) {
      const bodies = targets.artifacts.map((variables) => JSON.stringify({ query: OUR_QUERIES.consumers, variables }));
      const app = createApp({ db, env: parseEnv({}), logger: pino({ level: "silent" }) });
      concurrent = await underLoad(app.fetch, bodies, set);
      log(`50 clients: ${concurrent.throughput} req/s, p50 ${concurrent.latency.p50} ms, p99 ${concurrent.latency.p99} ms, ${concurrent.errors} errors (cache: ${JSON.stringify(app.cache?.stats)})`);
      concurrentUncached = await underLoad(uncachedApp.fetch, bodies, set);
      log(`50 clients, no response cache: ${concurrentUncached.throughput} req/s, p50 ${concurrentUncached.latency.p50} ms, p99 ${concurrentUncached.latency.p99} ms, ${concurrentUncached.errors} errors`);
    }

    // 50 clients on a mix of reads whose targets follow Zipf over every artifact and role,
    // against the API as `npm start` runs it, in a process of its own (its memory measured).
    const realistic = wants("realistic") ? await measureRealisticLoad(database, org.index, org.asOf, set, log) : undefined;

    let history: HistoryResult | undefined;
    if (wants("history")) {
      const historyTeam = oneTeamOf(options.size, `${prefix}-history`);
      extraTeams.push(historyTeam.team.id);
      history = await measureHistory(db, historyTeam, quick ? 2 : set.gapRuns, log);
    }

    let explorer: ExplorerResult[] | undefined;
    if (wants("explorer")) {
      // XL adds a team map of 5,000 nodes (issue 21); 500 is L's smaller one, left out there for time.
      const explorerSizes = options.explorerSizes ?? (quick ? [60] : options.size === "XL" ? [2_000, 5_000] : [500, 2_000]);
      for (const size of explorerSizes) extraTeams.push(`${prefix}-map${size}-t000`);
      explorer = await measureExplorer(db, explorerSizes, set.explorerRuns, prefix, log);
    }
    const orgMap = wants("orgMap") && teamIds.length > 1 ? await measureOrgMap(db, set.explorerRuns, log) : undefined;

    const present = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
    const result: BenchResult = {
      size: options.size,
      generatedAt: new Date().toISOString(),
      parts: PARTS.filter(wants),
      machine: {
        cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version,
        neo4j: neo4jVersion(), neo4jServer: database.ephemeral ? `embedded, heap ${database.heap}, page cache ${database.pagecache}` : "NEO4J_URI",
        loadAverageAtStart: load1, loadAverageAtEnd: loadavg()[0],
      },
      settings: set,
      organisation: { ...org.summary, generateMs: org.generateMs },
      import: importResult,
      ...present("reads", reads),
      ...present("orgReads", orgReads),
      ...present("gapReports", gapReports),
      ...present("concurrent", concurrent),
      ...present("concurrentUncached", concurrentUncached),
      ...present("realistic", realistic),
      ...present("explorer", explorer),
      ...present("orgMap", orgMap),
      ...present("history", history),
      targets: [],
    };
    const out = options.out ?? join(ROOT, "bench", "results", `${options.size}.json`);
    // A run of some parts adds them to the file of an earlier run of the same size (in pieces).
    const merged = options.only ? mergeInto(out, result) : result;
    merged.targets = checkTargets(merged);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
    log(`wrote ${out}${merged === result ? "" : ` (merged with its earlier parts: ${merged.parts.join(", ")})`}`);
    return merged;
  } finally {
    for (const stop of stopTheirs) await stop();
    if (!database.ephemeral) for (const team of [...teamIds, ...extraTeams]) await deleteTeam(db, team, true);
    await database.close();
  }
}

/** The earlier file's parts, overwritten by this run's (same size only; otherwise this run alone). */
function mergeInto(out: string, result: BenchResult): BenchResult {
  if (!existsSync(out)) return result;
  const before = JSON.parse(readFileSync(out, "utf8")) as BenchResult;
  if (before.size !== result.size) return result;
  const keep = { ...before, ...result } as BenchResult & Record<string, unknown>;
  for (const key of ["reads", "orgReads", "gapReports", "concurrent", "concurrentUncached", "realistic", "explorer", "orgMap", "history"] as const) {
    if (result[key] === undefined && before[key] !== undefined) keep[key] = before[key] as never;
  }
  // The organisation's import is in every piece; the measured extras only when the part ran.
  keep.import = { ...before.import, ...result.import };
  keep.parts = PARTS.filter((p) => result.parts.includes(p) || (before.parts ?? PARTS).includes(p));
  return keep;
}

/** 50 keep-alive clients against the app listening on a real socket on 127.0.0.1. */
async function underLoad(fetch: (request: Request) => Promise<Response>, bodies: string[], set: { loadWarmupMs: number; loadMs: number }): Promise<LoadResult> {
  const server = createServer(createServerAdapter(fetch));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  try {
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/graphql`;
    return await measureLoad(url, bodies, { clients: 50, warmupMs: set.loadWarmupMs, durationMs: set.loadMs });
  } finally {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

/** `teams` teams shaped like the size's (capped at its team count), without handoffs. */
function sameShape(size: SizeName, teams: number) {
  const spec = SIZES[size];
  const n = Math.min(teams, spec.teams);
  const share = (total: number) => Math.round((total / spec.teams) * n);
  return { teams: n, roles: share(spec.roles), artifacts: share(spec.artifacts), flows: share(spec.flows), contracts: share(spec.contracts), agents: share(spec.agents), handoffs: 0 };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Issue 21's bar for XL; L's (issues 12 to 15) for the other sizes. */
function bar(size: SizeName) {
  return size === "XL"
    ? { importPerSecond: 25_000, readRatio: 1.3, theirRatio: 0.5, orgReportMs: 60_000 }
    : { importPerSecond: 20_000, readRatio: 1.5, theirRatio: 1, orgReportMs: 10_000 };
}

/** The targets, checked on whatever size ran and whatever parts it holds. */
export function checkTargets(r: BenchResult): BenchResult["targets"] {
  const out: BenchResult["targets"] = [];
  const add = (name: string, target: string, value: string, met: boolean) => out.push({ name, target, value, met });
  const b = bar(r.size);
  const perSecond = `>= ${b.importPerSecond.toLocaleString("en")} entities+relationships/s`;
  add(`import (${r.import.jobs} teams at a time, as \`rolegraph import\` of many files)`, perSecond, `${r.import.perSecond}/s`, r.import.perSecond >= b.importPerSecond);
  // The same target held to one team at a time too: the product's throughput, not only two cores'.
  const one = r.import.oneAtATime;
  if (one) add("import (one team at a time)", perSecond, `${one.perSecond}/s`, one.perSecond >= b.importPerSecond);
  for (const [name, read] of Object.entries(r.reads ?? {})) {
    add(`${name} GraphQL/raw`, `<= ${b.readRatio}x at p50`, `${read.overheadP50}x`, read.overheadP50 <= b.readRatio);
    if (read.oursVsTheirsP50 !== null) {
      add(`${name} ours/@neo4j/graphql`, b.theirRatio < 1 ? `<= ${b.theirRatio} at p50` : "< 1 at p50", `${read.oursVsTheirsP50}x`,
        b.theirRatio < 1 ? read.oursVsTheirsP50 <= b.theirRatio : read.oursVsTheirsP50 < 1);
    }
  }
  if (r.concurrent) add("consumers at 50 clients", "p99 < 25 ms", `${r.concurrent.latency.p99} ms`, r.concurrent.latency.p99 < 25 && r.concurrent.errors === 0);
  const real = r.realistic;
  if (real) {
    // Issue 21's p99 < 25 ms at 50 clients, checked two ways: offered at a named rate (open
    // loop over 50 connections, no coordinated omission) and as 50 closed-loop clients with no
    // think time, a saturation test no read meets on 2 cores (Little's law: thousands of req/s).
    const open = real.cacheOff.openLoop;
    if (open) {
      const at = open.atNamedRate;
      add(`realistic mix, 50 connections, ${NAMED_RATE} req/s offered (open loop), response cache off`, "p99 < 25 ms",
        at ? `${at.p99} ms (highest rate under 25 ms: ${open.highestRateUnder25ms ?? "none"}/s)` : "not run", at !== null && at.p99 < 25 && at.errors === 0);
    }
    add("realistic mix at 50 closed-loop clients (saturation), response cache off", "p99 < 25 ms",
      `${real.cacheOff.latency.p99} ms at ${real.cacheOff.throughput} req/s`, real.cacheOff.latency.p99 < 25 && real.cacheOff.errors === 0);
    const rss = Math.max(real.cacheOn.rssMb.max, real.cacheOff.rssMb.max);
    add("API memory (RSS) under the realistic load", "< 400 MB", `${rss} MB`, rss < 400);
    // The second start: the first compiled whatever was stale, as a first `npm start` does.
    add("warm `npm start` to healthy (Neo4j running)", "< 8 s", `${real.cacheOff.startMs} ms`, real.cacheOff.startMs < 8_000);
  }
  const gaps = r.gapReports;
  if (gaps) {
    add("gap report, one team", "< 300 ms (p95)", `${gaps.perTeam.p95} ms`, gaps.perTeam.p95 < 300);
    if (r.size !== "XL") add("gap report, whole organisation", "< 10 s", `${gaps.organisation.ms} ms`, gaps.organisation.ms < 10_000);
    const limit = `< ${b.orgReportMs / 1000} s`;
    add("organisation gap report (Organization.gapReport, fresh)", limit, `${gaps.organisationReport.ms.max} ms`, gaps.organisationReport.ms.max < b.orgReportMs);
  }
  // Checked on the runs without the response cache: the map as first seen after an import.
  for (const e of (r.explorer ?? []).filter((x) => !x.responseCache && (r.size !== "XL" || x.nodes >= 5_000))) {
    const largest = (r.explorer ?? []).filter((x) => !x.responseCache).every((x) => x.nodes <= e.nodes);
    if (largest) add(`explorer ${e.nodes} nodes interactive (response cache off)`, "< 2 s (p50)", `${e.interactive.p50} ms`, e.interactive.p50 < 2_000);
  }
  if (r.orgMap && r.size === "XL") add(`organisation map (${r.orgMap.teams} teams) interactive`, "< 2 s (p50)", `${r.orgMap.interactive.p50} ms`, r.orgMap.interactive.p50 < 2_000);
  if (r.history) {
    add(`preview of one team (${r.history.team.entities} entities)`, "< 100 ms (p50)", `${r.history.preview.remembered.p50} ms`, r.history.preview.remembered.p50 < 100);
    add(`whatIf of one team (${r.history.team.entities} entities)`, "< 100 ms (p50)", `${r.history.whatIf.remembered.p50} ms`, r.history.whatIf.remembered.p50 < 100);
  }
  return out;
}

export function printTable(r: BenchResult): string {
  const one = r.import.oneAtATime;
  const lines = [
    `| measurement | p50 | p95 | note |`,
    `|---|---:|---:|---|`,
    `| import, ${r.import.teams} teams ${r.import.jobs} at a time (${r.import.nodes} nodes + ${r.import.relationships} rels) | ${r.import.perSecond}/s | | ${r.import.seconds} s; store ${r.import.storeMb ?? "-"} MB |`,
    ...(one ? [`| import, one team at a time (${one.teams} teams) | ${one.perSecond}/s | | ${one.seconds} s; per team p50 ${one.perTeam.p50} ms, p95 ${one.perTeam.p95} ms |`] : []),
    `| handoffs bulk write | ${r.import.handoffs.perSecond}/s | | ${r.import.handoffs.count} in ${r.import.handoffs.seconds} s |`,
  ];
  for (const [name, read] of Object.entries(r.reads ?? {})) {
    lines.push(`| ${name}: GraphQL | ${read.graphql.p50} ms | ${read.graphql.p95} ms | x${read.overheadP50} of raw |`);
    lines.push(`| ${name}: raw Cypher | ${read.raw.p50} ms | ${read.raw.p95} ms | |`);
    if (read.backToBack) lines.push(`| ${name}: GraphQL / raw, back to back | ${read.backToBack.graphql.p50} / ${read.backToBack.raw.p50} ms | ${read.backToBack.graphql.p95} / ${read.backToBack.raw.p95} ms | x${read.backToBack.overheadP50} |`);
    if (read.neo4jGraphql) lines.push(`| ${name}: @neo4j/graphql (${read.theirs}) | ${read.neo4jGraphql.p50} ms | ${read.neo4jGraphql.p95} ms | ours/theirs x${read.oursVsTheirsP50} |`);
  }
  const gaps = r.gapReports;
  if (gaps) {
    lines.push(`| gap report, one team | ${gaps.perTeam.p50} ms | ${gaps.perTeam.p95} ms | ${gaps.perTeam.runs} teams |`);
    lines.push(`| gap report, all ${gaps.organisation.teams} teams | ${gaps.organisation.ms} ms | | ${gaps.organisation.concurrency} at a time, ${gaps.organisation.findings} findings |`);
    const org = gaps.organisationReport;
    lines.push(`| organisation gap report (fresh) | ${org.ms.p50} ms | ${org.ms.p95} ms | ${org.roundTrips} round trips, ${org.findings} findings, ${org.crossTeamFindings} cross-team; remembered ${org.rememberedMs} ms |`);
    lines.push(`| organisation chain index (read + search) | ${gaps.orgChains.ms} ms | | ${gaps.orgChains.flows} flows; once per write, for teams that consume other teams' artifacts |`);
  }
  if (r.concurrent) lines.push(`| consumers, 50 clients over HTTP | ${r.concurrent.latency.p50} ms | ${r.concurrent.latency.p95} ms | p99 ${r.concurrent.latency.p99} ms, ${r.concurrent.throughput} req/s, ${r.concurrent.errors} errors |`);
  if (r.concurrentUncached) lines.push(`| consumers, 50 clients, response cache off | ${r.concurrentUncached.latency.p50} ms | ${r.concurrentUncached.latency.p95} ms | p99 ${r.concurrentUncached.latency.p99} ms, ${r.concurrentUncached.throughput} req/s, ${r.concurrentUncached.errors} errors |`);
  if (r.realistic) lines.push(...realisticTable(r.realistic));
  for (const e of r.explorer ?? []) {
    const cache = e.responseCache ? "cache on" : "cache off";
    lines.push(`| explorer ${e.nodes} nodes, ${cache}: first render | ${e.firstRender.p50} ms | ${e.firstRender.p95} ms | ${e.mapNodes} map nodes, ${e.edges} edges (${e.drawn.nodes} and ${e.drawn.edges} drawn at the opening view) |`);
    lines.push(`| explorer ${e.nodes} nodes, ${cache}: interactive | ${e.interactive.p50} ms | ${e.interactive.p95} ms | click to focus p50 ${e.clickToFocus.p50} ms |`);
  }
  if (r.orgMap) lines.push(orgMapTable(r.orgMap));
  const hist = r.history;
  if (hist) {
    lines.push(`| preview, one team (${hist.team.entities} entities, ${hist.team.documentBytes} bytes) | ${hist.preview.remembered.p50} ms | ${hist.preview.remembered.p95} ms | team read again each time: p50 ${hist.preview.fresh.p50} ms |`);
    lines.push(`| whatIf, one role out | ${hist.whatIf.remembered.p50} ms | ${hist.whatIf.remembered.p95} ms | team read again each time: p50 ${hist.whatIf.fresh.p50} ms |`);
    lines.push(`| diff of two versions | ${hist.diffVersions.p50} ms | ${hist.diffVersions.p95} ms | pure diff alone p50 ${hist.pureDiff.p50} ms |`);
  }
  lines.push("", "| target | wanted | got | met |", "|---|---|---|---|");
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.target} | ${t.value} | ${t.met ? "yes" : "**no**"} |`);
  return lines.join("\n");
}

/** `--only a,b`: the parts named, each checked against PARTS. */
export function parseParts(text: string | undefined): Part[] | undefined {
  if (text === undefined || text === "") return undefined;
  const names = text.split(",").map((p) => p.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`--only: unknown part(s) ${unknown.join(", ")}; the parts are ${PARTS.join(", ")}`);
  return names as Part[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "S" },
      out: { type: "string" },
      quick: { type: "boolean", default: false },
      seed: { type: "string", default: "1" },
      only: { type: "string" },
    },
  });
  const size = (values.size ?? "S").toUpperCase();
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const only = parseParts(values.only);
  const result = await runBench({ size: size as SizeName, quick: values.quick, seed: Number(values.seed), ...(values.out ? { out: values.out } : {}), ...(only ? { only } : {}) });
  console.log(printTable(result));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error((error as Error).stack ?? String(error));
    process.exit(1);
  });
}
