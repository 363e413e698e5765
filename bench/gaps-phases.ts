import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { buildOrg, indexTeam, combineReports, orgDistances, RULES, runRules, summarize as summarizeReport, teamBoundaryDebt, type TeamGraph, type TeamGraphData } from "@rolegraph/rules";
import { Db } from "../apps/api/src/db/driver.ts";
import { readChainInput } from "../apps/api/src/db/rules-across.ts";
import { readRulesGraphs } from "../apps/api/src/db/rules-graph.ts";
import { listTeams } from "../apps/api/src/db/team-store.ts";
import { gapReport, organizationGapReport } from "../apps/api/src/services/gaps.ts";
import { summarize, timed } from "./stats.ts";

/**
 * The gap reports of an organisation already in Neo4j, phase by phase, read only (NEO4J_URI,
 * NEO4J_USER, NEO4J_PASSWORD; the persistent XL organisation): what `Organization.gapReport`
 * spends on the reads, building the organisation, each rule, the chain index, the seams and
 * combining; then the report end to end as bench/gaps.ts measures it (fresh) with a digest of
 * its whole answer (the same digest before and after a change means the same findings), and
 * one team's report fresh over `--teams N` teams spread over the organisation.
 *
 *   NODE_OPTIONS=--max-old-space-size=8192 npx tsx bench/gaps-phases.ts --as-of 2026-... [--only org|phases|teams]
 */
const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? undefined : process.argv[i + 1]; };
const only = arg("only");
const asOf = new Date(arg("as-of") ?? "2026-12-01T00:00:00Z");
const teamRuns = Number(arg("teams") ?? 40);
const db = new Db({ uri: process.env.NEO4J_URI ?? "", user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: "neo4j" });
const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const ms = (n: number) => `${Math.round(n)} ms`;

async function phases(): Promise<void> {
  const teams = await timed(async () => (await listTeams(db)).map((t) => t.id));
  log(`listTeams ${ms(teams.ms)} (${teams.value.length} teams)`);
  // --from FILE: the graphs a --dump wrote (the pure phases again without Neo4j).
  const from = arg("from");
  const read = await timed(async () => (from
    ? (JSON.parse(readFileSync(from, "utf8")) as TeamGraphData[]).map((g) => indexTeam(g))
    : readRulesGraphs(db, teams.value)));
  log(`${from ? "graphs from file" : "readRulesGraphs"} ${ms(read.ms)}; heap used ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
  const dump = arg("dump");
  if (dump) writeFileSync(dump, JSON.stringify(read.value.map(({ index: _index, across: _across, ...data }) => data)));
  const bare = await timed(async () => buildOrg(read.value, { chains: false }));
  log(`buildOrg without chains ${ms(bare.ms)}`);
  const full = await timed(async () => buildOrg(read.value));
  log(`buildOrg with chains ${ms(full.ms)} (chains ${ms(full.ms - bare.ms)})`);
  const graphs = [...full.value.teams.values()].sort((a, b) => (a.team.id < b.team.id ? -1 : 1));
  const perRule = new Map<string, number>();
  const raw = new Map<TeamGraph, ReturnType<typeof runRules>>();
  for (const g of graphs) {
    const found: ReturnType<typeof runRules> = [];
    for (const rule of RULES) {
      const started = performance.now();
      found.push(...runRules(g, asOf, [rule]));
      perRule.set(rule.id, (perRule.get(rule.id) ?? 0) + performance.now() - started);
    }
    raw.set(g, found);
  }
  const rules = [...perRule].sort((a, b) => b[1] - a[1]);
  log(`rules ${ms(rules.reduce((n, [, t]) => n + t, 0))}: ${rules.map(([id, t]) => `${id} ${ms(t)}`).join(", ")}`);
  const sum = await timed(async () => graphs.map((g) => summarizeReport(g, raw.get(g) ?? [], asOf)));
  log(`summarize (lint config, sort, scores, adoption, debt) ${ms(sum.ms)}`);
  const debt = await timed(async () => teamBoundaryDebt({ teams: new Map(graphs.map((g) => [g.team.id, g])) }));
  log(`teamBoundaryDebt ${ms(debt.ms)} (${debt.value.length} pairs)`);
  const combined = await timed(async () => combineReports(sum.value, asOf, new Map(graphs.map((g) => [g.team.id, g.roles.length])), debt.value));
  log(`combineReports ${ms(combined.ms)} (${combined.value.findings.length} findings)`);
  if (from) return;
  const input = await timed(() => readChainInput(db));
  const chains = await timed(async () => orgDistances(input.value));
  log(`organisation chain index: readChainInput ${ms(input.ms)}, orgDistances ${ms(chains.ms)} (${input.value.flows.length} flows)`);
}

async function org(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const { ms: took, value } = await timed(() => organizationGapReport(db, { asOf, fresh: true }));
    // The whole answer in pieces: at XL its JSON is longer than a string may be.
    const whole = createHash("sha256");
    const { findings, suppressed, teams, ...rest } = value;
    whole.update(JSON.stringify(rest));
    for (const part of [findings, suppressed, teams]) for (const item of part) whole.update(JSON.stringify(item));
    const digest = whole.digest("hex").slice(0, 16);
    const ids = createHash("sha256").update(value.findings.map((f) => `${f.team}|${f.rule}|${f.subjectKind}|${f.subjectId}|${f.related.join(",")}`).join("\n")).digest("hex").slice(0, 16);
    log(`organisation report fresh ${ms(took)}: ${value.findings.length} findings, ids ${ids}, whole answer ${digest}`);
    if (i === 0) log(`by rule ${JSON.stringify(value.counts.byRule)}`);
  }
}

async function perTeam(): Promise<void> {
  const teams = (await listTeams(db)).map((t) => t.id).sort();
  const step = Math.max(1, Math.floor(teams.length / teamRuns));
  const picked = teams.filter((_, i) => i % step === 0).slice(0, teamRuns);
  const warm = await timed(() => gapReport(db, picked[0] ?? "", { asOf, fresh: true }));
  log(`one team's report, first (pays the organisation's chain index) ${ms(warm.ms)}`);
  const samples: number[] = [];
  for (const team of picked) samples.push((await timed(() => gapReport(db, team, { asOf, fresh: true }))).ms);
  const s = summarize(samples);
  log(`one team's report fresh over ${s.runs} teams: p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`);
}

try {
  if (!only || only === "phases") await phases();
  if (!only || only === "org") await org();
  if (!only || only === "teams") await perTeam();
} finally {
  await db.close();
}
