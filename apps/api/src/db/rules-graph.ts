import type { TeamGraph } from "@rolegraph/rules";
import type { Db } from "./driver.ts";
import { rulesGraphFromRows, type RulesGraphRows } from "./rules-graph-rows.ts";

/**
 * What the gap rules read of one team, each statement returning only the fields the rules
 * use, with a node's relationships folded into lists. `replan=skip` and the team inside a
 * map keep one plan per statement for every team (see team-graph.ts). Reading the import's
 * full rows (readGraph: every property of every node and relationship) took 3 to 5 times as
 * long per team on the M organisation.
 */
const P = "CYPHER replan=skip";
export const RULES_GRAPH_STATEMENTS = {
  team: `${P} MATCH (t:Team {team: $scope.team, id: $scope.team}) RETURN t.name AS name, t.lint AS lint`,
  stages: `${P} MATCH (s:Stage {team: $scope.team})
    RETURN s.id AS id, s.name AS name, s.order AS order, [(s)-[:OUTPUT]->(o:Artifact) | o.id][0] AS output`,
  roles: `${P} MATCH (r:Role {team: $scope.team})
    RETURN r.id AS id, r.name AS name, r.owner AS owner, r.order AS order,
      [(r)-[e:ENGAGED_IN]->(s:Stage) | [s.id, e.engagement]] AS engagement,
      [(r)-[f:PRODUCES|CONSUMES]->(a:Artifact) | {kind: type(f), artifact: a.id, stage: f.stage, cadence: f.cadence, order: f.order}] AS flows`,
  artifacts: `${P} MATCH (a:Artifact {team: $scope.team})
    RETURN a.id AS id, a.name AS name, a.format AS format, a.sourceOfTruth AS sourceOfTruth, a.external AS external, a.order AS order`,
  agents: `${P} MATCH (g:Agent {team: $scope.team})
    RETURN g.id AS id, g.name AS name, g.order AS order, g.access AS access, g.blastRadius AS blastRadius, g.oversight AS oversight,
      g.guardrails AS guardrails, g.mode AS mode, g.errorTolerance AS errorTolerance, g.toolSpan AS toolSpan,
      g.independence AS independence, g.serviceLevel AS serviceLevel, g.auditTrail AS auditTrail,
      [(g)<-[:OWNS]-(r:Role) | r.id][0] AS role,
      [(g)-[x:READS]->(a:Artifact) | [a.id, x.order]] AS inputs, [(g)-[x:WRITES]->(a:Artifact) | [a.id, x.order]] AS outputs`,
  contracts: `${P} MATCH (k:Contract {team: $scope.team})
    RETURN k.id AS id, k.name AS name, k.order AS order, k.loop AS loop,
      k.acknowledgeWithinHours AS acknowledgeWithinHours, k.nextStageWithinHours AS nextStageWithinHours,
      [(k)-[:FROM]->(x:Role) | x.id][0] AS from, [(k)-[:TO]->(x:Role) | x.id][0] AS to,
      [(k)-[:FROM_STAGE]->(x:Stage) | x.id][0] AS fromStage, [(k)-[:TO_STAGE]->(x:Stage) | x.id][0] AS toStage,
      [(k)-[x:CARRIES]->(a:Artifact) | [a.id, x.order]] AS carries,
      [(k)-[:REQUIRES]->(q:Requirement) | [q.field, q.order]] AS requires,
      [(k)-[:HAS_GATE]->(g:Gate) | {id: g.gateId, text: g.text, check: g.check, order: g.order}] AS gates`,
  workflows: `${P} MATCH (w:Workflow {team: $scope.team})
    RETURN w.id AS id, w.name AS name, w.order AS order, [(w)-[:OF_ROLE]->(x:Role) | x.id][0] AS role,
      [(w)-[:IN_STAGE]->(x:Stage) | x.id][0] AS stage, [(w)-[:HANDS_OFF]->(x:Contract) | x.id][0] AS handoff`,
  // Times through toString, so a driver-native DateTime and ISO text read alike and print as stored.
  handoffs: `${P} MATCH (h:Handoff {team: $scope.team})-[:UNDER]->(k:Contract {team: $scope.team})
    RETURN h.id AS id, k.id AS contract, toString(h.submittedAt) AS submittedAt, toString(h.acknowledgedAt) AS acknowledgedAt,
      toString(h.nextStageStartedAt) AS nextStageStartedAt, h.passed AS passed, h.gateResults AS gateResults,
      h.override AS override, h.overriddenBy AS overriddenBy`,
} as const;

type Key = keyof typeof RULES_GRAPH_STATEMENTS;

/**
 * The graph the gap rules read, for one team, or null when the team is not in Neo4j: one
 * read transaction whose statements all go out at once, so one round trip.
 */
export function readRulesGraph(db: Db, team: string): Promise<TeamGraph | null> {
  return db.read(async (tx) => {
    const keys = Object.keys(RULES_GRAPH_STATEMENTS) as Key[];
    const results = await Promise.all(keys.map((k) => tx.run(RULES_GRAPH_STATEMENTS[k], { scope: { team } })));
    const rows = Object.fromEntries(keys.map((k, i) => [k, results[i]?.records.map((r) => r.toObject()) ?? []]));
    return rulesGraphFromRows(team, rows as unknown as RulesGraphRows);
  });
}
