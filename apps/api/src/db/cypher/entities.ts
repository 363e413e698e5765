import type { Key } from "../keys.ts";
import { statement, type Statement } from "./statement.ts";

/**
 * Reads of single entities: each label has one projection (a match for what its row reads
 * beyond the node, and the row's fields), used both for batched loads by key (dataloaders:
 * one query per label per request) and for listings.
 */
const PROJECTIONS = {
  Team: {
    match: ``,
    fields: `n.team AS team, n.id AS id, n.name AS name, n.description AS description, n.lint AS lint`,
  },
  Stage: {
    match: `OPTIONAL MATCH (n)-[:OUTPUT]->(o:Artifact)`,
    fields: `n.team AS team, n.id AS id, n.name AS name, n.question AS question, n.order AS order, o.id AS output`,
  },
  Role: {
    match: ``,
    fields: `n.team AS team, n.id AS id, n.name AS name, n.purpose AS purpose, n.owner AS owner`,
  },
  Artifact: {
    match: ``,
    fields: `n.team AS team, n.id AS id, n.name AS name, n.format AS format, n.sourceOfTruth AS sourceOfTruth, coalesce(n.external, false) AS external`,
  },
  Agent: {
    match: `MATCH (r:Role)-[:OWNS]->(n)`,
    fields: `n.team AS team, n.id AS id, n.name AS name, r.id AS role, n.access AS access, n.mode AS mode, n.process AS process,
      n.oversight AS oversight, n.blastRadius AS blastRadius, coalesce(n.guardrails, []) AS guardrails, n.serviceLevel AS serviceLevel,
      n.auditTrail AS auditTrail, n.errorTolerance AS errorTolerance, n.toolSpan AS toolSpan, n.independence AS independence,
      COLLECT { MATCH (n)-[x:READS]->(a:Artifact) RETURN a.id ORDER BY x.order } AS inputs,
      COLLECT { MATCH (n)-[x:WRITES]->(a:Artifact) RETURN a.id ORDER BY x.order } AS outputs`,
  },
  Contract: {
    match: `MATCH (n)-[:FROM]->(f:Role), (n)-[:TO]->(t:Role), (n)-[:FROM_STAGE]->(fs:Stage), (n)-[:TO_STAGE]->(ts:Stage)`,
    fields: `n.team AS team, n.id AS id, n.name AS name, f.id AS from, t.id AS to, fs.id AS fromStage, ts.id AS toStage,
      coalesce(n.loop, false) AS loop, n.acknowledgeWithinHours AS acknowledgeWithinHours, n.nextStageWithinHours AS nextStageWithinHours,
      COLLECT { MATCH (n)-[x:CARRIES]->(a:Artifact) RETURN a.id ORDER BY x.order } AS carries,
      COLLECT { MATCH (n)-[:HAS_GATE]->(g:Gate) WITH g ORDER BY g.order RETURN {id: g.gateId, text: g.text, checkable: g.checkable, check: g.check} } AS gates,
      COLLECT { MATCH (n)-[:REQUIRES]->(q:Requirement) WITH q ORDER BY q.order RETURN {field: q.field, type: q.type, description: q.description} } AS requires`,
  },
  Workflow: {
    match: `MATCH (n)-[:OF_ROLE]->(r:Role), (n)-[:IN_STAGE]->(s:Stage) OPTIONAL MATCH (n)-[:HANDS_OFF]->(c:Contract)`,
    fields: `n.team AS team, n.id AS id, n.name AS name, r.id AS role, s.id AS stage, n.trigger AS trigger, c.id AS handoff,
      COLLECT { MATCH (n)-[:HAS_STEP]->(st:Step) WITH st ORDER BY st.order RETURN {name: st.name, does: st.does,
        reads: COLLECT { MATCH (st)-[:READS]->(a) RETURN a.id }, writes: COLLECT { MATCH (st)-[:WRITES]->(a) RETURN a.id },
        agents: COLLECT { MATCH (st)-[:USES]->(a) RETURN a.id }} } AS steps`,
  },
} as const;
export type Label = keyof typeof PROJECTIONS;

export const entitiesByKeys = (label: Label, keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key MATCH (n:${label} {team: key.team, id: key.id}) ${PROJECTIONS[label].match} RETURN ${PROJECTIONS[label].fields}`, { keys });

/** In document order; the id breaks ties. */
export const entitiesOfTeam = (label: Label, team: string): Statement =>
  statement(`MATCH (n:${label} {team: $team}) ${PROJECTIONS[label].match}
     RETURN ${PROJECTIONS[label].fields}, n.order AS sortOrder ORDER BY sortOrder, id`, { team });
