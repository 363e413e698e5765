// `npx tsx scripts/measure-examples.ts`: the small-team figures (the organisation-scale ones are
// `npm run bench`): embedded Neo4j start-up, import and re-import of each example team, the
// gap report, and p50/p95 of the two reads people open first, through GraphQL.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { parseTeamDocument, type Team } from "@rolegraph/schema";
import { ensureSchema } from "../apps/api/src/db/constraints.ts";
import { Db } from "../apps/api/src/db/driver.ts";
import { startLocalNeo4j } from "../apps/api/src/db/local-neo4j.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { gapReport } from "../apps/api/src/services/gaps.ts";
import { createApp } from "../apps/api/src/yoga.ts";

const ROOT = join(import.meta.dirname, "..");
const FILES = ["seed/dpos-data-team.yaml", "seed/examples/platform-team.yaml", "seed/examples/startup-team.yaml"];
const RUNS = 50;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${samples.length} runs)`;
}

function load(file: string): Team {
  const parsed = parseTeamDocument(readFileSync(join(ROOT, file), "utf8"));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return parsed.team;
}

const dataDir = mkdtempSync(join(tmpdir(), "rolegraph-measure-"));
const [startMs, local] = await timed(() => startLocalNeo4j({ dataDir }));
console.log(`embedded Neo4j: ready in ${(startMs / 1000).toFixed(1)} s (jars cached)`);
const db = new Db({ uri: local.uri, user: local.user, password: local.password, database: "neo4j" });
try {
  await ensureSchema(db);
  for (const file of FILES) {
    const team = load(file);
    const [first, outcome] = await timed(() => importTeam(db, team));
    const [again] = await timed(() => importTeam(db, team));
    const reports: number[] = [];
    for (let i = 0; i < 10; i++) reports.push((await timed(() => gapReport(db, team.team.id)))[0]);
    console.log(`${file}: import ${first.toFixed(0)} ms (${outcome.nodes.created} nodes, ${outcome.relationships.created} relationships), re-import unchanged ${again.toFixed(0)} ms; gap report ${percentiles(reports.slice(2))}`);
  }
  // The first import on a fresh server pays for planning every statement in a cold JVM;
  // a second team of the same shape shows what an import costs once the server is warm.
  const copy = load(FILES[0] ?? "");
  const [warm] = await timed(() => importTeam(db, { ...copy, team: { ...copy.team, id: "dpos-copy" } }));
  console.log(`${FILES[0]} again as a new team on the warm server: import ${warm.toFixed(0)} ms`);
  const app = createApp({ db, env: parseEnv({}), logger: pino({ level: "silent" }) });
  const ask = async (query: string) => {
    const response = await app.fetch(new Request("http://127.0.0.1/graphql", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }),
    }));
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const queries = {
    "artifact { consumers }": `{ team(id: "dpos-data-team") { artifact(id: "problem-brief") { consumers { role { id } cadence stage { id } } } } }`,
    "composition (whole map)": `{ team(id: "dpos-data-team") { composition { nodes edges totalEdges } } }`,
  };
  for (const [name, query] of Object.entries(queries)) {
    for (let i = 0; i < 10; i++) await ask(query);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push((await timed(() => ask(query)))[0]);
    console.log(`DPOS ${name} through GraphQL: ${percentiles(samples)}`);
  }
} finally {
  await db.close();
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
