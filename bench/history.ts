import { parseArgs } from "node:util";
import type { Team } from "@rolegraph/schema";
import { stringify } from "yaml";
import type { Db } from "../apps/api/src/db/driver.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { diffTeams } from "../apps/api/src/history/diff.ts";
import { withoutElements } from "../apps/api/src/history/without.ts";
import { diffVersions, previewDocument, whatIf } from "../apps/api/src/services/history.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { generateOrganisation, SIZES, type SizeName } from "../seed/generate.ts";
import { openDatabase } from "./neo4j.ts";
import { summarize, timed, type Summary } from "./stats.ts";

/**
 * Change over time on one team of the size's shape (L: 20 roles, 200 artifacts, 1,500 flows,
 * 30 agents, 10 contracts, about 2,400 entities with its engagements, steps and gates):
 * - preview: a proposed YAML document (one role renamed, one flow dropped, one artifact added)
 *   against the stored team, as Team.preview runs it (parse, then diff and both reports);
 * - whatIf: the team without one role, as Team.whatIf runs it;
 * - diff of its two versions (both documents read and parsed);
 * - the pure diff alone (element changes and both reports).
 * `remembered`: the stored team read once and kept until Neo4j's last commit moves (what a
 * reviewer's repeated previews get); `fresh`: read again every time (the first preview after
 * an import).
 */
export interface HistoryResult {
  team: { roles: number; artifacts: number; flows: number; agents: number; contracts: number; entities: number; documentBytes: number };
  preview: { remembered: Summary; fresh: Summary };
  whatIf: { remembered: Summary; fresh: Summary };
  diffVersions: Summary;
  pureDiff: Summary;
}

const LIMITS = { maxBytes: 64 * 1024 * 1024, maxElements: 1_000_000 };

export function oneTeamOf(size: SizeName, prefix: string): Team {
  const spec = SIZES[size];
  const per = (n: number) => Math.round(n / spec.teams);
  const org = generateOrganisation({ teams: 1, roles: per(spec.roles), artifacts: per(spec.artifacts), flows: per(spec.flows), contracts: per(spec.contracts), agents: per(spec.agents), handoffs: 0 }, { seed: 5, prefix });
  const [team] = org.teams;
  if (!team) throw new Error("no team generated");
  return team;
}

/** The team as a pull request might change it: a role renamed, its first flow dropped, an artifact added. */
function proposedChange(team: Team): Team {
  const [first, ...rest] = team.roles;
  if (!first) return team;
  return {
    ...team,
    roles: [{ ...first, name: `${first.name} (renamed)`, consumes: first.consumes.slice(1) }, ...rest],
    artifacts: [...team.artifacts, { id: "bench-new-artifact", name: "New artifact", derivedFrom: [], external: true, published: false }],
  };
}

export async function measureHistory(db: Db, team: Team, runs: number, log: (line: string) => void = () => {}): Promise<HistoryResult> {
  const id = team.team.id;
  const v1 = stringify(team);
  const proposed = proposedChange(team);
  const v2 = stringify(proposed);
  await importTeam(db, team, { document: v1, importedBy: "bench" });
  await importTeam(db, proposed, { document: v2, importedBy: "bench" });
  // Back to v1 in the graph: the preview then has something to show (v2 against v1).
  await importTeam(db, team, { document: v1, importedBy: "bench" });
  const role = team.roles[Math.floor(team.roles.length / 2)]?.id ?? "";
  const sample = async (work: () => Promise<unknown>) => {
    for (let i = 0; i < Math.min(5, runs); i++) await work();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push((await timed(work)).ms);
    return summarize(samples);
  };
  const result: HistoryResult = {
    team: {
      roles: team.roles.length, artifacts: team.artifacts.length, flows: team.roles.reduce((n, r) => n + r.consumes.length + r.produces.length, 0),
      agents: team.agents.length, contracts: team.contracts.length, entities: entitiesOf(team), documentBytes: Buffer.byteLength(v2),
    },
    preview: {
      remembered: await sample(() => previewDocument(db, id, v2, LIMITS)),
      fresh: await sample(() => previewDocument(db, id, v2, LIMITS, { fresh: true })),
    },
    whatIf: {
      remembered: await sample(() => whatIf(db, id, [{ kind: "ROLE", id: role }])),
      fresh: await sample(() => whatIf(db, id, [{ kind: "ROLE", id: role }], { fresh: true })),
    },
    diffVersions: await sample(() => diffVersions(db, id, 1, 2)),
    pureDiff: await sample(async () => diffTeams(team, withoutElements(team, [{ kind: "ROLE", id: role }]).team)),
  };
  log(`history (${result.team.entities} entities): preview p50 ${result.preview.remembered.p50} ms (fresh ${result.preview.fresh.p50} ms), ` +
    `whatIf p50 ${result.whatIf.remembered.p50} ms (fresh ${result.whatIf.fresh.p50} ms), diff of two versions p50 ${result.diffVersions.p50} ms, pure diff p50 ${result.pureDiff.p50} ms`);
  return result;
}

/** Roles, artifacts, agents, contracts, workflows, stages, flows, engagements, steps, gates and requirements. */
function entitiesOf(team: Team): number {
  return team.roles.length + team.artifacts.length + team.agents.length + team.contracts.length + team.workflows.length + team.stages.length +
    team.roles.reduce((n, r) => n + r.consumes.length + r.produces.length + Object.keys(r.engagement).length, 0) +
    team.workflows.reduce((n, w) => n + w.steps.length, 0) + team.contracts.reduce((n, c) => n + c.gates.length + c.requires.length, 0);
}

// `NODE_ENV=production npx tsx bench/history.ts --size L` measures only this, on its own Neo4j.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: "string", default: "L" }, runs: { type: "string", default: "50" } } });
  const size = (values.size ?? "L").toUpperCase() as SizeName;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const log = (line: string) => console.error(line);
  const database = await openDatabase({ heap: "1g", pagecache: "256m", log });
  const team = oneTeamOf(size, database.ephemeral ? "history" : `bench-history-${process.pid}`);
  try {
    console.log(JSON.stringify(await measureHistory(database.db, team, Number(values.runs), log), null, 2));
  } finally {
    if (!database.ephemeral) await deleteTeam(database.db, team.team.id, true);
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error((error as Error).stack ?? String(error));
    process.exit(1);
  });
}
