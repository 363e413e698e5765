import { rowMap, rowReturn, type EntityDescriptor } from "../../graph/entities/descriptor.ts";
import { AGENT, ARTIFACT, CONTRACT, GATE, REQUIREMENT, ROLE, STAGE, STEP, TEAM, WORKFLOW } from "../../graph/entities/descriptors.ts";
import type { Key } from "../keys.ts";
import { statement, type Statement } from "./statement.ts";

/**
 * Reads of single entities: each label has one projection (a match for what its row reads
 * beyond the node, and the row's fields), used both for batched loads by key (dataloaders:
 * one query per label per request) and for listings. The node's own fields come from the
 * entity's descriptor (graph/entities/descriptors.ts); what is written here is what the row
 * reads through relationships.
 */
const KEY = `n.team AS team, n.id AS id`;
/** A row's RETURN columns: the key, the descriptor's row fields, then what the row reads beyond the node. */
export const returnColumns = (d: EntityDescriptor, ...beyond: string[]) => [KEY, rowReturn(d, "n"), ...beyond].join(", ");
const fields = returnColumns;
/** An id as the document writes it from `n`'s team: plain for its own, `TEAM/ID` for another team's (integration.md). */
const ref = (x: string) => `CASE WHEN ${x}.team = n.team THEN ${x}.id ELSE ${x}.team + "/" + ${x}.id END`;

const PROJECTIONS = {
  Team: { match: ``, fields: fields(TEAM) },
  Stage: { match: `OPTIONAL MATCH (n)-[:OUTPUT]->(o:Artifact)`, fields: fields(STAGE, `o.id AS output`) },
  Role: { match: ``, fields: fields(ROLE) },
  Artifact: { match: ``, fields: fields(ARTIFACT) },
  Agent: {
    match: `MATCH (r:Role)-[:OWNS]->(n)`,
    fields: fields(AGENT, `r.id AS role`,
      `COLLECT { MATCH (n)-[x:READS]->(a:Artifact) RETURN ${ref("a")} ORDER BY x.order } AS inputs`,
      `COLLECT { MATCH (n)-[x:WRITES]->(a:Artifact) RETURN a.id ORDER BY x.order } AS outputs`),
  },
  Contract: {
    // `to` may be another team's role, or its placeholder while that team is not in the graph.
    match: `MATCH (n)-[:FROM]->(f:Role), (n)-[:TO]->(t), (n)-[:FROM_STAGE]->(fs:Stage), (n)-[:TO_STAGE]->(ts:Stage)`,
    fields: fields(CONTRACT, `f.id AS from, ${ref("t")} AS to, fs.id AS fromStage, ts.id AS toStage`,
      `COLLECT { MATCH (n)-[x:CARRIES]->(a:Artifact) RETURN a.id ORDER BY x.order } AS carries`,
      `COLLECT { MATCH (n)-[:HAS_GATE]->(g:Gate) WITH g ORDER BY g.order RETURN {${rowMap(GATE, "g")}} } AS gates`,
      `COLLECT { MATCH (n)-[:REQUIRES]->(q:Requirement) WITH q ORDER BY q.order RETURN {${rowMap(REQUIREMENT, "q")}} } AS requires`),
  },
  Workflow: {
    match: `MATCH (n)-[:OF_ROLE]->(r:Role), (n)-[:IN_STAGE]->(s:Stage) OPTIONAL MATCH (n)-[:HANDS_OFF]->(c:Contract)`,
    fields: fields(WORKFLOW, `r.id AS role, s.id AS stage, c.id AS handoff`,
      `COLLECT { MATCH (n)-[:HAS_STEP]->(st:Step) WITH st ORDER BY st.order RETURN {${rowMap(STEP, "st")},
        reads: COLLECT { MATCH (st)-[:READS]->(a:Artifact) RETURN ${ref("a")} }, writes: COLLECT { MATCH (st)-[:WRITES]->(a) RETURN a.id },
        agents: COLLECT { MATCH (st)-[:USES]->(a) RETURN a.id }} } AS steps`),
  },
} as const;
export type Label = keyof typeof PROJECTIONS;

export const entitiesByKeys = (label: Label, keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key MATCH (n:${label} {team: key.team, id: key.id}) ${PROJECTIONS[label].match} RETURN ${PROJECTIONS[label].fields}`, { keys });

/** In document order; the id breaks ties. */
export const entitiesOfTeam = (label: Label, team: string): Statement =>
  statement(`MATCH (n:${label} {team: $team}) ${PROJECTIONS[label].match}
     RETURN ${PROJECTIONS[label].fields}, n.order AS sortOrder ORDER BY sortOrder, id`, { team });
