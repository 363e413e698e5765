import { ownFields, roleRow, type Columns, type RowFields } from "./relations.ts";
import { rowLiteral } from "../../graph/entities/descriptor.ts";
import { ARTIFACT } from "../../graph/entities/descriptors.ts";
import type { Key } from "../keys.ts";
import { statement, type Statement } from "./statement.ts";

/**
 * Reads across teams (shared/spec/integration.md). References across teams are plain
 * relationships to the other team's node (cross-team.ts), so these are the single-team
 * patterns with the team left open and `a.team <> r.team` where only seams are wanted.
 */

/** What makes one team depend on another: its nodes reading another team's artifacts. */
const USES = [
  ["Role", "CONSUMES"],
  ["Agent", "READS"],
  ["Step", "READS"],
  ["Artifact", "DERIVED_FROM"],
] as const;

/**
 * For each team, the other teams it depends on (`dependsOn`: whose artifacts it consumes,
 * reads or derives from) or that depend on it (`dependents`), in one statement for all teams.
 */
export const teamLinks = (direction: "dependsOn" | "dependents", teams: string[]): Statement => {
  const arms = USES.map(([label, type]) => direction === "dependsOn"
    ? `MATCH (:${label} {team: t})-[:${type}]->(a:Artifact) WHERE a.team <> t RETURN a.team AS other`
    : `MATCH (a:Artifact {team: t})<-[:${type}]-(s:${label}) WHERE s.team <> t RETURN s.team AS other`);
  return statement(`UNWIND $teams AS t
     CALL (t) { ${arms.join(" UNION ")} }
     WITH t, other ORDER BY other
     RETURN t AS team, collect(DISTINCT other) AS others`, { teams });
};

/**
 * Every flow whose role and artifact belong to different teams, with the contract that
 * covers it (one from the artifact's team to that role, carrying it), if any. A flow is one
 * list, [artifact team, artifact id, role team, role id, cadence, stage, contract key, ...the
 * artifact's `artifact` fields, ...the role's `role` fields] (their names are returned with
 * the statement, in that order): at L there are 5,500 of them, and two maps per flow with
 * every field of both rows cost Neo4j, the driver and the collector about as much again as
 * the flows themselves (docs/performance.md, "crossTeamFlows").
 */
export function crossTeamFlows(fields: { artifact: RowFields; role: RowFields }): { statement: Statement; artifact: Columns; role: Columns } {
  const artifact = ownFields("Artifact", "a", fields.artifact);
  const role = ownFields("Role", "r", fields.role);
  const contract = `COLLECT { MATCH (c:Contract)-[:TO]->(r) WHERE (c)-[:CARRIES]->(a) RETURN c.team + "|" + c.id ORDER BY c.id }[0]`;
  const cells = ["a.team", "a.id", "r.team", "r.id", "f.cadence", "f.stage", contract, ...artifact.map(([, v]) => v), ...role.map(([, v]) => v)];
  return {
    artifact, role,
    statement: statement(`MATCH (r:Role)-[f:CONSUMES]->(a:Artifact) WHERE r.team <> a.team
     WITH r, f, a ORDER BY a.team, a.id, r.team, r.id
     RETURN [${cells.join(", ")}] AS flow`),
  };
}

/**
 * Other teams' roles that consume one team's artifacts: the flows a change to the team can
 * leave without a source (history's brokenDependents). The artifact side is keyed by team.
 */
export const dependentFlows = (team: string): Statement =>
  statement(`MATCH (r:Role)-[f:CONSUMES]->(a:Artifact {team: $team}) WHERE r.team <> $team
     RETURN r.team AS team, r.id AS role, a.id AS artifact, f.stage AS stage, f.cadence AS cadence,
       ${roleRow("r")} AS roleRow, ${rowLiteral(ARTIFACT, "a")} AS artifactRow
     ORDER BY team, role, artifact, stage`, { team });

/** The fewest role-to-role boundaries from one role to another, whichever teams they and the chain are in. */
export const contextChainAcross = (from: Key, to: Key, roleFields: RowFields): Statement =>
  statement(`MATCH p = SHORTEST 1 (a:Role {team: $from.team, id: $from.id})
       ((:Role)-[:PRODUCES]->(:Artifact)<-[:CONSUMES]-(:Role)){1,20}
       (b:Role {team: $to.team, id: $to.id})
     RETURN [n IN nodes(p) WHERE n:Role | ${roleRow("n", roleFields)}] AS chain`, { from, to });

/**
 * The organisation as a map's raw material: every team with its sizes, and the cross-team
 * flows bundled per (producer team, consumer team) with their count. Each team's own members
 * are read only for the teams a map expands (`expand`).
 */
export const organizationGraph = (expand: string[]): Statement =>
  statement(`CALL () {
       MATCH (t:Team)
       RETURN collect({id: t.id, name: t.name,
         roles: COUNT { (:Role {team: t.id}) }, artifacts: COUNT { (:Artifact {team: t.id}) },
         published: COUNT { (p:Artifact {team: t.id}) WHERE p.published }}) AS teams
     }
     CALL () {
       MATCH (r:Role)-[f:CONSUMES]->(a:Artifact) WHERE r.team <> a.team
       WITH a.team AS producer, r.team AS consumer, count(*) AS flows, collect(DISTINCT a.id) AS artifacts,
         sum(CASE WHEN a.published THEN 0 ELSE 1 END) AS unpublished
       RETURN collect({producer: producer, consumer: consumer, flows: flows, artifacts: artifacts, unpublished: unpublished}) AS bundles
     }
     CALL () {
       UNWIND $expand AS team
       MATCH (r:Role {team: team})
       RETURN collect({team: r.team, id: r.id, name: r.name, order: r.order}) AS roles
     }
     CALL () {
       UNWIND $expand AS team
       MATCH (a:Artifact {team: team}) WHERE a.published OR EXISTS { (a)<-[:CONSUMES]-(r:Role) WHERE r.team <> a.team }
       RETURN collect({team: a.team, id: a.id, name: a.name, published: coalesce(a.published, false), order: a.order}) AS artifacts
     }
     CALL () {
       UNWIND $expand AS team
       CALL (team) {
         MATCH (r:Role {team: team})-[f:CONSUMES]->(a:Artifact) WHERE a.team <> team RETURN r, f, a
         UNION
         MATCH (a:Artifact {team: team})<-[f:CONSUMES]-(r:Role) WHERE r.team <> team RETURN r, f, a
       }
       RETURN collect(DISTINCT {role: r.team + "/" + r.id, artifact: a.team + "/" + a.id, cadence: f.cadence,
         contract: EXISTS { (c:Contract)-[:TO]->(r) WHERE (c)-[:CARRIES]->(a) }}) AS flows
     }
     RETURN teams, bundles, roles, artifacts, flows`, { expand });
