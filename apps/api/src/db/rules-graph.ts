import type { TeamGraph } from "@rolegraph/rules";
import { startCrossTeam } from "./rules-across.ts";
import { crossTeamFromRows } from "./rules-across-rows.ts";
import type { Db } from "./driver.ts";
import { rulesGraphFromRows, type RulesGraphRows } from "./rules-graph-rows.ts";

/**
 * What the gap rules read of a team, each statement returning only the fields the rules
 * use, with a node's relationships folded into lists (a role's flows as lists, not maps: at XL
 * 1.5 million maps whose keys the driver decoded each time were the largest part of the read). `replan=skip` and the team inside a
 * map keep one plan per statement for every team (see team-graph.ts). Reading the import's
 * full rows (readGraph: every property of every node and relationship) took 3 to 5 times as
 * long per team on the M organisation.
 *
 * Each statement is written over a team expression `T`, so the same text reads one team
 * (`$scope.team`) or a batch of teams (`UNWIND $teams AS scopeTeam`, the organisation's
 * report). Another team's artifact or role comes back as `team/id`, the reference as the
 * team's file writes it, also while it points at the placeholder of something not in the
 * graph yet (`:Unresolved`, db/cypher/cross-team.ts).
 */
const P = "CYPHER replan=skip";
const ref = (node: string, T: string) => `CASE WHEN ${node}.team = ${T} THEN ${node}.id ELSE ${node}.team + '/' + ${node}.id END`;
const STATEMENTS = {
  team: (T: string) => `MATCH (t:Team {team: ${T}, id: ${T}}) RETURN t.name AS name, t.lint AS lint`,
  stages: (T: string) => `MATCH (s:Stage {team: ${T}})
    RETURN s.id AS id, s.name AS name, s.order AS order, [(s)-[:OUTPUT]->(o:Artifact) | o.id][0] AS output`,
  roles: (T: string) => `MATCH (r:Role {team: ${T}})
    RETURN r.id AS id, r.name AS name, r.owner AS owner, r.order AS order,
      [(r)-[e:ENGAGED_IN]->(s:Stage) | [s.id, e.engagement]] AS engagement,
      [(r)-[f:PRODUCES|CONSUMES]->(a:Artifact) | [type(f) = 'PRODUCES', ${ref("a", T)}, f.stage, f.cadence, f.order]]
      + [(r)-[f:CONSUMES]->(u:Unresolved) | [false, ${ref("u", T)}, f.stage, f.cadence, f.order]] AS flows`,
  artifacts: (T: string) => `MATCH (a:Artifact {team: ${T}})
    RETURN a.id AS id, a.name AS name, a.format AS format, a.sourceOfTruth AS sourceOfTruth, a.external AS external,
      a.published AS published, a.order AS order,
      [(a)-[:DERIVED_FROM]->(x) WHERE x.team <> ${T} AND (x:Artifact OR x:Unresolved) | x.team + '/' + x.id] AS derivedFrom`,
  agents: (T: string) => `MATCH (g:Agent {team: ${T}})
    RETURN g.id AS id, g.name AS name, g.order AS order, g.access AS access, g.blastRadius AS blastRadius, g.oversight AS oversight,
      g.guardrails AS guardrails, g.mode AS mode, g.errorTolerance AS errorTolerance, g.toolSpan AS toolSpan,
      g.independence AS independence, g.serviceLevel AS serviceLevel, g.auditTrail AS auditTrail,
      [(g)<-[:OWNS]-(r:Role) | r.id][0] AS role,
      [(g)-[x:READS]->(a:Artifact) | [${ref("a", T)}, x.order]] + [(g)-[x:READS]->(u:Unresolved) | [${ref("u", T)}, x.order]] AS inputs, [(g)-[x:WRITES]->(a:Artifact) | [a.id, x.order]] AS outputs`,
  contracts: (T: string) => `MATCH (k:Contract {team: ${T}})
    RETURN k.id AS id, k.name AS name, k.order AS order, k.loop AS loop,
      k.acknowledgeWithinHours AS acknowledgeWithinHours, k.nextStageWithinHours AS nextStageWithinHours,
      [(k)-[:FROM]->(x:Role) | x.id][0] AS from, [(k)-[:TO]->(x) WHERE x:Role OR x:Unresolved | ${ref("x", T)}][0] AS to,
      [(k)-[:FROM_STAGE]->(x:Stage) | x.id][0] AS fromStage, [(k)-[:TO_STAGE]->(x:Stage) | x.id][0] AS toStage,
      [(k)-[x:CARRIES]->(a:Artifact) | [a.id, x.order]] AS carries,
      [(k)-[:REQUIRES]->(q:Requirement) | [q.field, q.order]] AS requires,
      [(k)-[:HAS_GATE]->(g:Gate) | {id: g.gateId, text: g.text, check: g.check, order: g.order}] AS gates`,
  workflows: (T: string) => `MATCH (w:Workflow {team: ${T}})
    RETURN w.id AS id, w.name AS name, w.order AS order, [(w)-[:OF_ROLE]->(x:Role) | x.id][0] AS role,
      [(w)-[:IN_STAGE]->(x:Stage) | x.id][0] AS stage, [(w)-[:HANDS_OFF]->(x:Contract) | x.id][0] AS handoff`,
  // Times through toString, so a driver-native DateTime and ISO text read alike and print as stored.
  // The gate snapshot only where a rule reads it: failed-gate of a failed handoff, overridden-gate
  // of an override. Most handoffs pass: their snapshots were about 70 of the 350 MB read at XL.
  handoffs: (T: string) => `MATCH (h:Handoff {team: ${T}})-[:UNDER]->(k:Contract {team: ${T}})
    RETURN h.id AS id, k.id AS contract, toString(h.submittedAt) AS submittedAt, toString(h.acknowledgedAt) AS acknowledgedAt,
      toString(h.nextStageStartedAt) AS nextStageStartedAt, h.passed AS passed,
      CASE WHEN h.passed = false OR h.override IS NOT NULL THEN h.gateResults END AS gateResults,
      h.override AS override, h.overriddenBy AS overriddenBy`,
} as const;

type Key = keyof typeof STATEMENTS;
const KEYS = Object.keys(STATEMENTS) as Key[];

/** One team's statements, over `$scope.team`. */
export const RULES_GRAPH_STATEMENTS = Object.fromEntries(KEYS.map((k) => [k, `${P} ${STATEMENTS[k]("$scope.team")}`])) as Record<Key, string>;

/** The same statements over a batch of teams (`$teams`), each row led by its `scopeTeam`. */
export const RULES_GRAPHS_STATEMENTS = Object.fromEntries(KEYS.map((k) => [k,
  `${P} UNWIND $teams AS scopeTeam ${STATEMENTS[k]("scopeTeam").replace("RETURN ", "RETURN scopeTeam AS scopeTeam, ")}`])) as Record<Key, string>;

/**
 * The graph the gap rules read, for one team, or null when the team is not in Neo4j, with
 * what it sees of the other teams (`across`, rules-across.ts; without the organisation-wide
 * compression distances, which the caller adds): one read transaction whose statements all
 * go out at once, so one round trip.
 */
export function readRulesGraph(db: Db, team: string): Promise<TeamGraph | null> {
  return db.read(async (tx) => {
    const across = startCrossTeam(tx, team);
    const results = await Promise.all(KEYS.map((k) => tx.run(RULES_GRAPH_STATEMENTS[k], { scope: { team } })));
    const rows = Object.fromEntries(KEYS.map((k, i) => [k, results[i]?.records.map((r) => r.toObject()) ?? []]));
    const graph = rulesGraphFromRows(team, rows as unknown as RulesGraphRows);
    const crossRows = await across;
    return graph && { ...graph, across: crossTeamFromRows(graph, crossRows) };
  });
}

/** Teams per transaction in readRulesGraphs: bounds one answer's size, not the number of teams. */
export const TEAMS_PER_READ = 25;

/**
 * The rules' graphs of many teams (the organisation's report): batches of TEAMS_PER_READ
 * teams, each batch one read transaction whose statements go out at once, two batches at a
 * time (Neo4j answers them on two threads), so ceil(teams / TEAMS_PER_READ) round trips
 * whatever the number of teams, never one per team. Teams not in Neo4j are left out; the
 * graphs come back in the order of `teams`.
 */
export async function readRulesGraphs(db: Db, teams: readonly string[]): Promise<TeamGraph[]> {
  const batches: string[][] = [];
  for (let i = 0; i < teams.length; i += TEAMS_PER_READ) batches.push(teams.slice(i, i + TEAMS_PER_READ));
  const read = (batch: string[]) => db.read(async (tx) => {
    const results = await Promise.all(KEYS.map((k) => tx.run(RULES_GRAPHS_STATEMENTS[k], { teams: batch })));
    const perTeam = new Map(batch.map((t) => [t, Object.fromEntries(KEYS.map((k) => [k, [] as Record<string, unknown>[]]))]));
    KEYS.forEach((k, i) => {
      for (const record of results[i]?.records ?? []) {
        const { scopeTeam, ...row } = record.toObject() as Record<string, unknown>;
        perTeam.get(String(scopeTeam))?.[k]?.push(row);
      }
    });
    return batch.flatMap((t) => rulesGraphFromRows(t, perTeam.get(t) as unknown as RulesGraphRows) ?? []);
  });
  const out: TeamGraph[][] = [];
  for (let i = 0; i < batches.length; i += 2) out.push(...await Promise.all(batches.slice(i, i + 2).map(read)));
  return out.flat();
}
