import type { Team } from "@rolegraph/schema";
import type { Db } from "../apps/api/src/db/driver.ts";
import { importTeams } from "../apps/api/src/services/import.ts";
import {
  generateOrganisation, SIZES, streamOrganisation, summaryCounter,
  type OrganisationSummary, type PlantedGaps, type SizeName, type TeamBatch,
} from "../seed/generate.ts";
import { writeHandoffs } from "./handoffs.ts";
import { orgTargetCollector, type Targets } from "./org-reads.ts";
import { pickTargets, type ReadTargets } from "./reads.ts";
import type { OrgIndex } from "./realistic-mix.ts";

/** Teams generated, imported and let go at a time: L is one batch (as before), XL ten. */
export const BATCH_TEAMS = 100;

export interface LoadedOrganisation {
  summary: OrganisationSummary;
  planted: PlantedGaps;
  asOf: string;
  teamIds: string[];
  /** Generation alone (XL: both passes of streamOrganisation). */
  generateMs: number;
  import: { jobs: number; nodes: number; relationships: number; ms: number };
  handoffs: { count: number; ms: number };
  reads: ReadTargets;
  orgReads: Targets;
  /** Every artifact and role, for the realistic load. */
  index: OrgIndex;
}

/**
 * Generates the organisation and imports it BATCH_TEAMS teams at a time, as `rolegraph import
 * teams/*.yaml` imports them (importTeams, two at a time, one transaction per team), then
 * their handoffs; only the import calls are timed. What the measurements after need is kept
 * (ids, the read targets' teams, every artifact and role as a pair of strings), the teams
 * themselves are not: XL's 1,000 teams would be a few GB.
 */
export async function loadOrganisation(db: Db, size: SizeName, options: { seed: number; prefix: string; targets: number; log: (line: string) => void }): Promise<LoadedOrganisation> {
  const spec = SIZES[size];
  const started = performance.now();
  let generateMs = 0;
  // One pass when the whole organisation is one batch (S to L, the same figures as before).
  const whole = spec.teams <= BATCH_TEAMS ? generateOrganisation(size, { seed: options.seed, prefix: options.prefix }) : null;
  const stream = whole ? null : streamOrganisation(size, { seed: options.seed, prefix: options.prefix });
  const batches: Iterator<TeamBatch> = whole
    ? (function* () { yield* whole.teams.map((team) => ({ team, handoffs: whole.handoffs.filter((h) => h.team === team.team.id) })); })()
    : (stream as NonNullable<typeof stream>).teams();
  generateMs += performance.now() - started;

  const counter = summaryCounter();
  // pickTargets reads the teams at (i * 7) mod n: only those are kept.
  const wanted = new Set(Array.from({ length: options.targets }, (_, i) => (i * 7) % spec.teams));
  const kept: Team[] = new Array<Team>(spec.teams);
  const orgTargets = orgTargetCollector(options.targets);
  const index: OrgIndex = { artifacts: [], roles: [], rolesByTeam: new Map() };
  const teamIds: string[] = [];
  const imported = { jobs: 2, nodes: 0, relationships: 0, ms: 0 };
  const handoffs = { count: 0, ms: 0 };
  let batch: TeamBatch[] = [];
  const flush = async () => {
    const teams = batch.map((b) => b.team);
    const t0 = performance.now();
    for (const outcome of await importTeams(db, teams, { jobs: imported.jobs })) {
      if (outcome instanceof Error) throw outcome;
      imported.nodes += outcome.nodes.created;
      imported.relationships += outcome.relationships.created;
    }
    const t1 = performance.now();
    handoffs.count += await writeHandoffs(db, teams, batch.flatMap((b) => b.handoffs));
    imported.ms += t1 - t0;
    handoffs.ms += performance.now() - t1;
    options.log(`imported ${teamIds.length} of ${spec.teams} teams (${imported.nodes + imported.relationships} entities and relationships, ${Math.round((imported.nodes + imported.relationships) / (imported.ms / 1000))}/s so far)`);
    batch = [];
  };
  for (let t = 0; ; t++) {
    const t0 = performance.now();
    const next = batches.next();
    generateMs += performance.now() - t0;
    if (next.done) break;
    const { team } = next.value;
    const id = team.team.id;
    teamIds.push(id);
    counter.add(team, next.value.handoffs.length);
    if (wanted.has(t)) kept[t] = team;
    orgTargets.add(team);
    for (const a of team.artifacts) index.artifacts.push({ team: id, id: a.id });
    for (const r of team.roles) index.roles.push({ team: id, id: r.id });
    index.rolesByTeam.set(id, team.roles.map((r) => r.id));
    batch.push(next.value);
    if (batch.length >= BATCH_TEAMS) await flush();
  }
  if (batch.length > 0) await flush();
  const source = whole ?? (stream as NonNullable<typeof stream>);
  return {
    summary: counter.summary({ crossTeam: source.crossTeam, planted: source.planted }),
    planted: source.planted, asOf: source.asOf, teamIds, generateMs: Math.round(generateMs),
    import: { ...imported, ms: Math.round(imported.ms) }, handoffs: { ...handoffs, ms: Math.round(handoffs.ms) },
    reads: pickTargets(kept, options.targets), orgReads: orgTargets.targets, index,
  };
}
