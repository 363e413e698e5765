import type { Team } from "@rolegraph/schema";
import { readTeamGraph } from "../apps/api/src/db/composition.ts";
import type { Db } from "../apps/api/src/db/driver.ts";
import { buildComposition } from "../apps/api/src/composition/build.ts";
import { interleaved, ratio, type Repeat, type Summary } from "./stats.ts";

export type Fetch = (request: Request) => Promise<Response>;
export type Gql = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * A GraphQL client over a fetch handler (in process: no sockets, so only the API is measured).
 * Requests are built with the server's own Request class (yoga's fetchAPI), as its HTTP
 * adapter builds them from a socket; Node's built-in Request costs more to read.
 */
export function gqlOver(fetch: Fetch, RequestClass: typeof Request = Request): Gql {
  return async (query, variables) => {
    const response = await fetch(new RequestClass("http://127.0.0.1/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    }));
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${body.errors?.map((e) => e.message).join("; ") ?? response.status}`);
    return body.data;
  };
}

export const OUR_QUERIES = {
  consumers: `query ($team: ID!, $id: ID!) { team(id: $team) { artifact(id: $id) { id consumers { role { id name } cadence stage { id } } } } }`,
  impactedRoles: `query ($team: ID!, $id: ID!) { team(id: $team) { artifact(id: $id) { id impactedRoles(depth: 3) { id name } } } }`,
  roleFlows: `query ($team: ID!, $id: ID!) { team(id: $team) { role(id: $id) { id
    consumes { artifact { id name } cadence stage { id } } produces { artifact { id name } cadence stage { id } } } } }`,
  contextChain: `query ($team: ID!, $from: ID!, $to: ID!) { team(id: $team) { contextChain(from: $from, to: $to) { id name } } }`,
  composition: `query ($team: ID!, $focus: ID!) { team(id: $team) { composition(focus: $focus, depth: 2) { nodes edges totalNodes totalEdges } } }`,
} as const;

/** What a client would send to @neo4j/graphql for the same answers (see theirs.ts). */
export const THEIR_QUERIES = {
  consumers: `query ($team: String!, $id: ID!) { artifacts(where: { team: { eq: $team }, id: { eq: $id } }) { id
    consumersConnection { edges { properties { cadence stage } node { id name } } } } }`,
  impactedRoles: `query ($team: String!, $id: ID!) { artifacts(where: { team: { eq: $team }, id: { eq: $id } }) { id impactedRoles { id name } } }`,
  roleFlows: `query ($team: String!, $id: ID!) { roles(where: { team: { eq: $team }, id: { eq: $id } }) { id
    consumesConnection { edges { properties { cadence stage } node { id name } } }
    producesConnection { edges { properties { cadence stage } node { id name } } } } }`,
  contextChain: `query ($team: String!, $from: String!, $to: String!) { contextChain(team: $team, from: $from, to: $to) { id name } }`,
} as const;

/** The same answers as one hand-written Cypher statement each, through neo4j-driver. */
export const RAW_CYPHER = {
  consumers: `MATCH (a:Artifact {team: $team, id: $id})<-[f:CONSUMES]-(r:Role)
    RETURN r.id AS id, r.name AS name, f.cadence AS cadence, f.stage AS stage ORDER BY r.order, f.order`,
  impactedRoles: `MATCH (a:Artifact {team: $team, id: $id})<-[:DERIVED_FROM*0..3]-(:Artifact)<-[:CONSUMES]-(r:Role)
    RETURN DISTINCT r.id AS id, r.name AS name, r.order AS o ORDER BY o, id`,
  roleFlows: `MATCH (r:Role {team: $team, id: $id})
    RETURN r.id AS id,
      COLLECT { MATCH (r)-[f:CONSUMES]->(a:Artifact) WITH f, a ORDER BY f.order RETURN {id: a.id, name: a.name, cadence: f.cadence, stage: f.stage} } AS consumes,
      COLLECT { MATCH (r)-[f:PRODUCES]->(a:Artifact) WITH f, a ORDER BY f.order RETURN {id: a.id, name: a.name, cadence: f.cadence, stage: f.stage} } AS produces`,
  contextChain: `MATCH p = SHORTEST 1 (a:Role {team: $team, id: $from}) ((:Role)-[:PRODUCES]->(:Artifact)<-[:CONSUMES]-(:Role)){1,20} (b:Role {team: $team, id: $to})
    RETURN [n IN nodes(p) WHERE n:Role | {id: n.id, name: n.name}] AS chain`,
} as const;

export type ReadName = keyof typeof OUR_QUERIES;
export interface ReadTargets {
  artifacts: { team: string; id: string }[];
  roles: { team: string; id: string }[];
  chains: { team: string; from: string; to: string }[];
}

/** Deterministic targets spread over the organisation: artifacts with consumers and lineage, roles, role pairs. */
export function pickTargets(teams: readonly Team[], count: number): ReadTargets {
  const targets: ReadTargets = { artifacts: [], roles: [], chains: [] };
  for (let i = 0; i < count; i++) {
    const team = teams[(i * 7) % teams.length];
    if (!team) break;
    const consumed = new Set(team.roles.flatMap((r) => r.consumes.map((f) => f.artifact)));
    const derived = new Set(team.artifacts.flatMap((a) => a.derivedFrom));
    const good = team.artifacts.filter((a) => consumed.has(a.id) && !a.external);
    const withLineage = good.filter((a) => derived.has(a.id));
    const pool = withLineage.length > 0 && i % 2 === 0 ? withLineage : good;
    const artifact = pool[(i * 13) % Math.max(pool.length, 1)];
    if (artifact) targets.artifacts.push({ team: team.team.id, id: artifact.id });
    const role = team.roles[(i * 3) % team.roles.length];
    const other = team.roles[(i * 3 + 1 + (i % Math.max(team.roles.length - 1, 1))) % team.roles.length];
    if (role) targets.roles.push({ team: team.team.id, id: role.id });
    if (role && other && role.id !== other.id) targets.chains.push({ team: team.team.id, from: role.id, to: other.id });
  }
  return targets;
}

export interface ReadResult {
  graphql: Summary;
  raw: Summary;
  /** GraphQL p50 / raw Cypher p50: the API's overhead. */
  overheadP50: number;
  neo4jGraphql: Summary | null;
  /** Our p50 / @neo4j/graphql p50: below 1 means we are faster. */
  oursVsTheirsP50: number | null;
  /** How @neo4j/graphql answers it: generated, or through a @cypher field we wrote. */
  theirs: "generated" | "@cypher field" | "not supported";
  /** Whether the three gave the same number of results on the first target. */
  agree: boolean;
  /** GraphQL and raw again with no pause between calls (a server kept awake), when the main run paused. */
  backToBack: { graphql: Summary; raw: Summary; overheadP50: number } | null;
}

const at = <T>(list: readonly T[], i: number): T => {
  const item = list[i % list.length];
  if (item === undefined) throw new Error("no benchmark targets");
  return item;
};

/** Every read, through our API, as raw Cypher and through @neo4j/graphql, interleaved. */
export async function measureReads(db: Db, ours: Gql, theirs: Gql | null, targets: ReadTargets, repeat: Repeat): Promise<Record<ReadName, ReadResult>> {
  const query = (cypher: string, params: Record<string, unknown>) => db.query(cypher, params);
  const cases: Record<ReadName, { ours: (i: number) => Promise<number>; raw: (i: number) => Promise<number>; theirs: ((i: number) => Promise<number>) | null; kind: ReadResult["theirs"] }> = {
    consumers: {
      ours: async (i) => count((await ours(OUR_QUERIES.consumers, at(targets.artifacts, i))), "team.artifact.consumers"),
      raw: async (i) => (await query(RAW_CYPHER.consumers, at(targets.artifacts, i))).length,
      theirs: theirs && (async (i) => count(await theirs(THEIR_QUERIES.consumers, at(targets.artifacts, i)), "artifacts.0.consumersConnection.edges")),
      kind: "generated",
    },
    impactedRoles: {
      ours: async (i) => count(await ours(OUR_QUERIES.impactedRoles, at(targets.artifacts, i)), "team.artifact.impactedRoles"),
      raw: async (i) => (await query(RAW_CYPHER.impactedRoles, at(targets.artifacts, i))).length,
      theirs: theirs && (async (i) => count(await theirs(THEIR_QUERIES.impactedRoles, at(targets.artifacts, i)), "artifacts.0.impactedRoles")),
      kind: "@cypher field",
    },
    roleFlows: {
      ours: async (i) => {
        const data = await ours(OUR_QUERIES.roleFlows, at(targets.roles, i));
        return count(data, "team.role.consumes") + count(data, "team.role.produces");
      },
      raw: async (i) => {
        const [row] = await query(RAW_CYPHER.roleFlows, at(targets.roles, i));
        return ((row?.consumes as unknown[] | undefined)?.length ?? 0) + ((row?.produces as unknown[] | undefined)?.length ?? 0);
      },
      theirs: theirs && (async (i) => {
        const data = await theirs(THEIR_QUERIES.roleFlows, at(targets.roles, i));
        return count(data, "roles.0.consumesConnection.edges") + count(data, "roles.0.producesConnection.edges");
      }),
      kind: "generated",
    },
    contextChain: {
      ours: async (i) => count(await ours(OUR_QUERIES.contextChain, at(targets.chains, i)), "team.contextChain"),
      raw: async (i) => {
        const [row] = await query(RAW_CYPHER.contextChain, at(targets.chains, i));
        // Same as the resolver: a role met twice in a row is one step.
        return ((row?.chain as { id: string }[] | undefined) ?? []).filter((r, j, all) => j === 0 || r.id !== all[j - 1]?.id).length;
      },
      theirs: theirs && (async (i) => count(await theirs(THEIR_QUERIES.contextChain, at(targets.chains, i)), "contextChain")),
      kind: "@cypher field",
    },
    composition: {
      ours: async (i) => count(await ours(OUR_QUERIES.composition, compositionVars(at(targets.roles, i))), "team.composition.nodes"),
      // No single statement builds the map: "raw" is the resolver's own Cypher (the team graph)
      // through the driver, and the same map building, without GraphQL.
      raw: async (i) => {
        const { team, id } = at(targets.roles, i);
        return buildComposition(await readTeamGraph(db, team), { focus: `role:${id}`, depth: 2 }).nodes.length;
      },
      theirs: null,
      kind: "not supported",
    },
  };
  const results = {} as Record<ReadName, ReadResult>;
  for (const [name, c] of Object.entries(cases) as [ReadName, (typeof cases)[ReadName]][]) {
    const first = [await c.ours(0), await c.raw(0), ...(c.theirs ? [await c.theirs(0)] : [])];
    // The map takes ~70 ms a run on L: 200 runs give it a stable median; the sub-millisecond
    // reads need more, their medians moving by a tenth between runs of 200.
    const runs = name === "composition" ? Math.min(repeat.runs, 200) : repeat.runs;
    const summaries = await interleaved({ graphql: c.ours, raw: c.raw, ...(c.theirs ? { theirs: c.theirs } : {}) } as Record<string, (i: number) => Promise<unknown>>, { ...repeat, runs });
    const graphql = summaries.graphql as Summary;
    const raw = summaries.raw as Summary;
    const them = summaries.theirs ?? null;
    // The composition is not a sub-millisecond read that waking Neo4j could distort: not repeated.
    const again = repeat.pauseMs && name !== "composition"
      ? await interleaved({ graphql: c.ours, raw: c.raw }, { warmup: 10, runs: repeat.runs, pauseMs: 0 })
      : null;
    results[name] = {
      graphql, raw, overheadP50: ratio(graphql.p50, raw.p50),
      neo4jGraphql: them, oursVsTheirsP50: them ? ratio(graphql.p50, them.p50) : null,
      theirs: c.theirs ? c.kind : "not supported",
      agree: first.every((n) => n === first[0]),
      backToBack: again ? { graphql: again.graphql, raw: again.raw, overheadP50: ratio(again.graphql.p50, again.raw.p50) } : null,
    };
  }
  return results;
}

const compositionVars = (role: { team: string; id: string }) => ({ team: role.team, focus: `role:${role.id}` });

/** The length of the list at a dotted path in a GraphQL answer (0 for null). */
function count(data: Record<string, unknown>, path: string): number {
  let value: unknown = data;
  for (const part of path.split(".")) value = (value as Record<string, unknown> | null | undefined)?.[part];
  if (value !== null && value !== undefined && !Array.isArray(value)) throw new Error(`${path} is not a list`);
  return value?.length ?? 0;
}
