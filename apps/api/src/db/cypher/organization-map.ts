import { statement, type Statement } from "./statement.ts";

/**
 * The organisation map's opening read (issue 21, XL): each team with its counts and each
 * team-to-team seam as counts, never the flows themselves. At 1,000 teams there are 56,000
 * cross-team flows in 7,800 seams and 200,000 artifacts: sending those to draw 1,000 boxes
 * took longer than the map may (docs/performance.md, "h21-maps"). A seam is
 * [producer team, consumer team, flows, distinct artifacts, flows no contract covers,
 * ids of the unpublished artifacts read across it]. For the given teams (and the seams into
 * them): the caller splits the organisation into parts read side by side.
 */
export const organizationMap = (teams: readonly string[]): Statement =>
  statement(`CALL () {
       UNWIND $teams AS id
       MATCH (t:Team {id: id})
       RETURN collect([t.id, t.name, COUNT { (:Role {team: t.id}) }, COUNT { (p:Artifact {team: t.id}) WHERE p.published }]) AS teams
     }
     CALL () {
       // From the consumer's roles, its team known: 1.5 million flows are looked at, at XL.
       UNWIND $teams AS consumer
       MATCH (r:Role {team: consumer})-[:CONSUMES]->(a:Artifact) WHERE a.team <> consumer
       WITH a.team AS producer, consumer, a, NOT EXISTS { (c:Contract)-[:TO]->(r) WHERE (c)-[:CARRIES]->(a) } AS bare
       WITH producer, consumer, count(*) AS flows, count(DISTINCT a) AS artifacts,
         sum(CASE WHEN bare THEN 1 ELSE 0 END) AS uncontracted,
         collect(DISTINCT CASE WHEN coalesce(a.published, false) THEN null ELSE a.id END) AS unpublished
       RETURN collect([producer, consumer, flows, artifacts, uncontracted, unpublished]) AS seams
     }
     RETURN teams, seams`, { teams: [...teams] });

/** Every team's id: what organizationMap is split by. */
export const teamIds = (): Statement => statement("MATCH (t:Team) RETURN t.id AS id ORDER BY id");

/**
 * The cross-team flows with an end in one of `teams` (what the map draws once a team is
 * opened), in the cells `crossTeamFlows` uses: index seeks from those teams, no scan.
 */
export const teamSeamFlows = (teams: readonly string[]): Statement =>
  statement(`UNWIND $teams AS team
     CALL (team) {
       MATCH (r:Role {team: team})-[f:CONSUMES]->(a:Artifact) WHERE a.team <> team RETURN r, f, a
       UNION
       MATCH (a:Artifact {team: team})<-[f:CONSUMES]-(r:Role) WHERE r.team <> team RETURN r, f, a
     }
     WITH DISTINCT r, f, a ORDER BY a.team, a.id, r.team, r.id
     RETURN [a.team, a.id, a.name, coalesce(a.published, false), r.team, r.id, r.name,
       COLLECT { MATCH (c:Contract)-[:TO]->(r) WHERE (c)-[:CARRIES]->(a) RETURN c.id ORDER BY c.id }[0]] AS flow`, { teams: [...teams] });
