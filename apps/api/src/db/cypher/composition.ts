import { statement, type Statement } from "./statement.ts";

/**
 * Another team's artifact or role as the team's file names it, `TEAM/ID` (integration.md): the
 * map of one team has no node for it, so its edges are left out, and it never collides with
 * an own id.
 */
const ref = (x: string) => `CASE WHEN ${x}.team = $team THEN ${x}.id ELSE ${x}.team + "/" + ${x}.id END`;

/** What the composition map draws for one team: one statement per kind of thing, all read in one transaction. */
const TEXTS = {
  stages: `MATCH (s:Stage {team: $team}) OPTIONAL MATCH (s)-[:OUTPUT]->(o:Artifact)
      RETURN s.id AS id, s.name AS name, s.order AS order, o.id AS output ORDER BY s.order`,
  roles: `MATCH (r:Role {team: $team})
      RETURN r.id AS id, r.name AS name,
        COLLECT { MATCH (r)-[e:ENGAGED_IN]->(s:Stage) WITH e, s ORDER BY s.order RETURN [s.id, e.engagement] } AS pairs
      ORDER BY r.order`,
  artifacts: `MATCH (a:Artifact {team: $team})
      RETURN a.id AS id, a.name AS name, coalesce(a.external, false) AS external, a.format AS format,
        COLLECT { MATCH (a)-[d:DERIVED_FROM]->(s:Artifact) RETURN ${ref("s")} ORDER BY d.order } AS derivedFrom
      ORDER BY a.order`,
  agents: `MATCH (r:Role {team: $team})-[:OWNS]->(g:Agent)
      RETURN g.id AS id, g.name AS name, r.id AS role, g.access AS access, g.mode AS mode,
        COLLECT { MATCH (g)-[x:READS]->(a:Artifact) RETURN ${ref("a")} ORDER BY x.order } AS inputs,
        COLLECT { MATCH (g)-[x:WRITES]->(a:Artifact) RETURN a.id ORDER BY x.order } AS outputs
      ORDER BY g.order`,
  contracts: `MATCH (c:Contract {team: $team})-[:FROM]->(f:Role), (c)-[:TO]->(t),
        (c)-[:FROM_STAGE]->(fs:Stage), (c)-[:TO_STAGE]->(ts:Stage)
      RETURN c.id AS id, c.name AS name, f.id AS from, ${ref("t")} AS to, fs.id AS fromStage, ts.id AS toStage,
        COLLECT { MATCH (c)-[x:CARRIES]->(a:Artifact) RETURN a.id ORDER BY x.order } AS carries,
        COUNT { (c)-[:HAS_GATE]->(:Gate) } AS gates,
        COUNT { (c)-[:HAS_GATE]->(g:Gate) WHERE g.checkable } AS checkable,
        COLLECT { MATCH (h:Handoff {team: $team, contractId: c.id}) RETURN h.passed ORDER BY h.submittedAt DESC, h.id DESC LIMIT 1 }[0] AS lastPassed
      ORDER BY c.order`,
  flows: `MATCH (r:Role {team: $team})-[f:PRODUCES|CONSUMES]->(a:Artifact)
      RETURN CASE type(f) WHEN "PRODUCES" THEN "produces" ELSE "consumes" END AS kind, r.id AS role, ${ref("a")} AS artifact,
        f.cadence AS cadence, f.stage AS stage
      ORDER BY r.order, type(f) DESC, f.order`,
} as const;
export type CompositionPart = keyof typeof TEXTS;
export const COMPOSITION_PARTS = Object.keys(TEXTS) as CompositionPart[];

export const compositionPart = (part: CompositionPart, team: string): Statement => statement(TEXTS[part], { team });
