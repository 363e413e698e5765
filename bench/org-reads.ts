import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseQualified, parseTeamDocument, type Team } from "@rolegraph/schema";
import type { Db } from "../apps/api/src/db/driver.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import type { Gql } from "./reads.ts";
import { interleaved, ratio, type Repeat, type Summary } from "./stats.ts";

/**
 * Reads across teams (shared/spec/integration.md) through the API and as one hand-written
 * Cypher statement each. Targets come from the generated organisation's cross-team flows;
 * the example organisation (seed/examples/org, imported here) is there too, and is the only
 * cross-team data at size S (one generated team).
 */
export const ORG_QUERIES = {
  crossTeamFlows: `{ organization { crossTeamFlows { artifact { id name team { id } } consumer { id name team { id } } contract { id } cadence } } }`,
  impactAcrossTeams: `query ($team: ID!, $id: ID!) { team(id: $team) { artifact(id: $id) { id impactedRoles(depth: 3) { id name team { id } } } } }`,
  orgContextChain: `query ($from: ID!, $to: ID!) { organization { contextChain(from: $from, to: $to) { id name team { id } } } }`,
} as const;
export type OrgReadName = keyof typeof ORG_QUERIES;

export const ORG_RAW_CYPHER: Record<OrgReadName, string> = {
  crossTeamFlows: `MATCH (r:Role)-[f:CONSUMES]->(a:Artifact) WHERE r.team <> a.team
    RETURN a.team AS artifactTeam, a.id AS artifact, a.name AS artifactName, r.team AS roleTeam, r.id AS role, r.name AS roleName, f.cadence AS cadence,
      COLLECT { MATCH (c:Contract)-[:TO]->(r) WHERE (c)-[:CARRIES]->(a) RETURN c.id ORDER BY c.id }[0] AS contract`,
  impactAcrossTeams: `MATCH (a:Artifact {team: $team, id: $id})<-[:DERIVED_FROM*0..3]-(:Artifact)<-[:CONSUMES]-(r:Role)
    RETURN DISTINCT r.team AS team, r.id AS id, r.name AS name, r.order AS o ORDER BY o, id`,
  orgContextChain: `MATCH p = SHORTEST 1 (a:Role {team: $fromTeam, id: $fromId}) ((:Role)-[:PRODUCES]->(:Artifact)<-[:CONSUMES]-(:Role)){1,20} (b:Role {team: $toTeam, id: $toId})
    RETURN [n IN nodes(p) WHERE n:Role | {team: n.team, id: n.id, name: n.name}] AS chain`,
};

export interface OrgReadResult { graphql: Summary; raw: Summary; overheadP50: number; agree: boolean; results: number }

export interface Targets { artifacts: { team: string; id: string }[]; chains: { from: string; to: string }[] }

/** Artifacts other teams consume, and producer-to-consumer role pairs across a team boundary. */
export function pickOrgTargets(teams: readonly Team[], count: number): Targets {
  const collector = orgTargetCollector(count);
  for (const t of teams) collector.add(t);
  return collector.targets;
}

/**
 * pickOrgTargets one team at a time, for an organisation streamed in order: a team consumes
 * only what teams before it make, so each producer is known by the time it is consumed.
 */
export function orgTargetCollector(count: number) {
  const targets: Targets = { artifacts: [], chains: [] };
  const producers = new Map<string, string>();
  const seen = new Set<string>();
  return {
    targets,
    add(t: Team) {
      if (targets.artifacts.length >= count) return;
      for (const r of t.roles) for (const f of r.produces) producers.set(`${t.team.id}/${f.artifact}`, `${t.team.id}/${r.id}`);
      for (const r of t.roles) {
        for (const f of r.consumes) {
          const q = parseQualified(f.artifact);
          const producer = producers.get(f.artifact);
          if (!q || !producer || seen.has(f.artifact) || targets.artifacts.length >= count) continue;
          seen.add(f.artifact);
          targets.artifacts.push(q);
          targets.chains.push({ from: producer, to: `${t.team.id}/${r.id}` });
        }
      }
    },
  };
}

/** The example organisation's teams, as documents. */
export function exampleOrganisation(root: string): Team[] {
  const dir = join(root, "seed", "examples", "org");
  return readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((f) => {
    const parsed = parseTeamDocument(readFileSync(join(dir, f), "utf8"));
    if (!parsed.ok) throw new Error(`${f} is invalid`);
    return parsed.team;
  });
}

/** `fromGenerated`: the bench organisation's targets (orgTargetCollector); the example organisation's when it has none. */
export async function measureOrgReads(db: Db, ours: Gql, root: string, fromGenerated: Targets, count: number, repeat: Repeat & { slowRuns?: number }): Promise<Record<OrgReadName, OrgReadResult>> {
  const example = exampleOrganisation(root);
  for (const team of example) await importTeam(db, team);
  const targets = fromGenerated.artifacts.length > 0 ? fromGenerated : pickOrgTargets(example, count);
  const at = <T>(list: readonly T[], i: number): T => {
    const item = list[i % list.length];
    if (item === undefined) throw new Error("no cross-team targets");
    return item;
  };
  const keys = (chain: { from: string; to: string }) => {
    const [from, to] = [parseQualified(chain.from), parseQualified(chain.to)];
    return { fromTeam: from?.team, fromId: from?.id, toTeam: to?.team, toId: to?.id };
  };
  const list = (data: Record<string, unknown>, path: string) => {
    let value: unknown = data;
    for (const p of path.split(".")) value = (value as Record<string, unknown> | null | undefined)?.[p];
    return Array.isArray(value) ? value.length : 0;
  };
  const cases: Record<OrgReadName, { ours: (i: number) => Promise<number>; raw: (i: number) => Promise<number> }> = {
    crossTeamFlows: {
      ours: async () => list(await ours(ORG_QUERIES.crossTeamFlows, {}), "organization.crossTeamFlows"),
      raw: async () => (await db.query(ORG_RAW_CYPHER.crossTeamFlows, {})).length,
    },
    impactAcrossTeams: {
      ours: async (i) => list(await ours(ORG_QUERIES.impactAcrossTeams, at(targets.artifacts, i)), "team.artifact.impactedRoles"),
      raw: async (i) => (await db.query(ORG_RAW_CYPHER.impactAcrossTeams, at(targets.artifacts, i))).length,
    },
    orgContextChain: {
      ours: async (i) => list(await ours(ORG_QUERIES.orgContextChain, at(targets.chains, i)), "organization.contextChain"),
      raw: async (i) => {
        const [row] = await db.query(ORG_RAW_CYPHER.orgContextChain, keys(at(targets.chains, i)));
        return (row?.chain as unknown[] | undefined)?.length ?? 0;
      },
    },
  };
  const results = {} as Record<OrgReadName, OrgReadResult>;
  for (const [name, c] of Object.entries(cases) as [OrgReadName, (typeof cases)[OrgReadName]][]) {
    const first = [await c.ours(0), await c.raw(0)];
    // The whole organisation's flows grow with it (XL: about 55,000 rows, seconds a run): capped
    // as the composition is in reads.ts, or this one read alone would take most of an hour.
    const s = await interleaved({ graphql: c.ours, raw: c.raw }, name === "crossTeamFlows" && repeat.slowRuns !== undefined
      ? { ...repeat, runs: Math.min(repeat.runs, repeat.slowRuns), warmup: Math.min(repeat.warmup, 10) } : repeat);
    results[name] = { graphql: s.graphql, raw: s.raw, overheadP50: ratio(s.graphql.p50, s.raw.p50), agree: first[0] === first[1], results: first[0] ?? 0 };
  }
  return results;
}
