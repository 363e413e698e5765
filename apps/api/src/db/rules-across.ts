import type { OrgChainInput } from "@rolegraph/rules";
import type { ManagedTransaction } from "neo4j-driver";
import type { Db } from "./driver.ts";
import type { CrossTeamRows } from "./rules-across-rows.ts";

/**
 * What one team's rules need of the other teams (the team's `across`), read in the team's own
 * read transaction: who in other teams takes in its artifacts, what its qualified references
 * name, and which teams exist. Each statement starts from the team's own nodes (indexed by
 * team), so its cost follows the team's seams, not the organisation's size.
 */
const P = "CYPHER replan=skip";
export const CROSS_TEAM_STATEMENTS = {
  inbound: `${P} MATCH (a:Artifact {team: $scope.team})<-[f:CONSUMES]-(r:Role) WHERE r.team <> $scope.team
    RETURN a.id AS artifact, r.team AS team, r.id AS role, r.name AS roleName, f.stage AS stage, null AS agent
    UNION ALL
    MATCH (a:Artifact {team: $scope.team})<-[:READS]-(g:Agent)<-[:OWNS]-(r:Role) WHERE g.team <> $scope.team
    RETURN a.id AS artifact, r.team AS team, r.id AS role, r.name AS roleName, null AS stage, g.id AS agent`,
  artifacts: `${P} CALL () {
      MATCH (:Role {team: $scope.team})-[:CONSUMES]->(a:Artifact) WHERE a.team <> $scope.team RETURN a
      UNION
      MATCH (:Agent {team: $scope.team})-[:READS]->(a:Artifact) WHERE a.team <> $scope.team RETURN a
      UNION
      MATCH (:Artifact {team: $scope.team})-[:DERIVED_FROM]->(a:Artifact) WHERE a.team <> $scope.team RETURN a
    }
    RETURN a.team AS team, a.id AS id, a.name AS name, a.external AS external, a.published AS published,
      [(a)<-[:PRODUCES]-(p:Role) | [p.id, p.name]] + [(a)<-[:WRITES]-(:Agent)<-[:OWNS]-(p:Role) | [p.id, p.name]] AS producers,
      [(a)<-[:CARRIES]-(k:Contract)-[:TO]->(x:Role) |
        {from: [(k)-[:FROM]->(f:Role) | f.id][0], to: CASE WHEN x.team = a.team THEN x.id ELSE x.team + '/' + x.id END}] AS carried`,
  roles: `${P} MATCH (:Contract {team: $scope.team})-[:TO]->(x:Role) WHERE x.team <> $scope.team
    RETURN DISTINCT x.team AS team, x.id AS id, x.name AS name`,
  teams: `${P} MATCH (t:Team) RETURN t.id AS id`,
} as const;

type Key = keyof typeof CROSS_TEAM_STATEMENTS;
const KEYS = Object.keys(CROSS_TEAM_STATEMENTS) as Key[];

/** Runs the statements in `tx` without waiting: the caller awaits them with its own. */
export function startCrossTeam(tx: ManagedTransaction, team: string): Promise<CrossTeamRows> {
  return Promise.all(KEYS.map((k) => tx.run(CROSS_TEAM_STATEMENTS[k], { scope: { team } })))
    .then((results) => Object.fromEntries(KEYS.map((k, i) => [k, results[i]?.records.map((r) => r.toObject()) ?? []])) as unknown as CrossTeamRows);
}

/**
 * The whole organisation as the compression chain sees it (every role's produce and consume
 * flows, every artifact's name and external flag): one read transaction, two statements.
 */
export function readChainInput(db: Db): Promise<OrgChainInput> {
  return db.read(async (tx) => {
    const [roles, artifacts] = await Promise.all([
      tx.run(`${P} MATCH (r:Role) RETURN r.team AS team, r.id AS id, r.name AS name,
        [(r)-[f:PRODUCES|CONSUMES]->(a:Artifact) | [type(f) = 'PRODUCES', a.team + '/' + a.id]] AS flows`),
      tx.run(`${P} MATCH (a:Artifact) RETURN a.team + '/' + a.id AS key, a.name AS name, a.external AS external`),
    ]);
    const input: OrgChainInput = { flows: [], externals: [], roleNames: new Map(), artifactNames: new Map() };
    const roleNames = input.roleNames as Map<string, string>;
    const artifactNames = input.artifactNames as Map<string, string>;
    for (const record of roles.records) {
      const role = `${String(record.get("team"))}/${String(record.get("id"))}`;
      roleNames.set(role, String(record.get("name")));
      for (const [produces, artifact] of record.get("flows") as [boolean, string][]) input.flows.push({ role, artifact, kind: produces ? "produces" : "consumes" });
    }
    for (const record of artifacts.records) {
      const key = String(record.get("key"));
      artifactNames.set(key, String(record.get("name")));
      if (record.get("external") === true) input.externals.push(key);
    }
    return input;
  });
}
