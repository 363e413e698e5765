import type { Db } from "./driver.ts";

/**
 * Reads of single entities, by key or by team: each label has one projection, used both
 * for batched loads (dataloaders: one query per label per request) and for listings.
 */
export interface Key {
  team: string;
  id: string;
}
export const keyOf = (k: Key) => `${k.team}|${k.id}`;
export function parseKey(key: string): Key {
  const at = key.indexOf("|");
  return { team: key.slice(0, at), id: key.slice(at + 1) };
}

export interface TeamRow { team: string; id: string; name: string; description: string | null; lint: string | null }
export interface StageRow { team: string; id: string; name: string; question: string | null; order: number; output: string | null }
export interface RoleRow { team: string; id: string; name: string; purpose: string | null; owner: string | null }
export interface ArtifactRow { team: string; id: string; name: string; format: string | null; sourceOfTruth: string | null; external: boolean }
export interface AgentRow {
  team: string; id: string; name: string; role: string; access: string; mode: string | null; process: string | null;
  oversight: string | null; blastRadius: string | null; guardrails: string[]; serviceLevel: string | null; auditTrail: string | null;
  errorTolerance: string | null; toolSpan: string | null; independence: string | null; inputs: string[]; outputs: string[];
}
export interface GateRow { id: string; text: string; checkable: boolean; check: string | null }
export interface RequirementRow { field: string; type: string; description: string | null }
export interface ContractRow {
  team: string; id: string; name: string | null; from: string; to: string; fromStage: string; toStage: string; loop: boolean;
  carries: string[]; gates: GateRow[]; requires: RequirementRow[];
  acknowledgeWithinHours: number | null; nextStageWithinHours: number | null;
}
export interface WorkflowRow { team: string; id: string; name: string | null; role: string; stage: string; trigger: string | null; handoff: string | null; steps: { name: string; does: string | null; reads: string[]; writes: string[]; agents: string[] }[] }

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
export interface Rows { Team: TeamRow; Stage: StageRow; Role: RoleRow; Artifact: ArtifactRow; Agent: AgentRow; Contract: ContractRow; Workflow: WorkflowRow }

/** Loads entities by key, in key order (null where missing): the shape dataloaders need. */
export async function loadByKeys<L extends Label>(db: Db, label: L, keys: readonly string[]): Promise<(Rows[L] | null)[]> {
  const rows = await db.query<{ [k: string]: unknown }>(
    `UNWIND $keys AS key MATCH (n:${label} {team: key.team, id: key.id}) ${PROJECTIONS[label].match} RETURN ${PROJECTIONS[label].fields}`,
    { keys: keys.map(parseKey) });
  const byKey = new Map(rows.map((r) => [keyOf(r as unknown as Key), r as unknown as Rows[L]]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** All entities of one label in a team, in document order. */
export async function listByTeam<L extends Label>(db: Db, label: L, team: string): Promise<Rows[L][]> {
  const rows = await db.query(
    `MATCH (n:${label} {team: $team}) ${PROJECTIONS[label].match}
     RETURN ${PROJECTIONS[label].fields}, n.order AS sortOrder ORDER BY sortOrder, id`, { team });
  return rows as unknown as Rows[L][];
}
