import type { Key } from "../keys.ts";
import { statement, type Statement } from "./statement.ts";

/**
 * The handoff statements. A handoff node's fields as its rows carry them; times go through
 * toString so handoffs written as native DateTime elsewhere read alike.
 */
const FIELDS = `h.team AS team, h.id AS id, h.seq AS seq, h.contractId AS contract, h.submittedBy AS submittedBy,
  toString(h.submittedAt) AS submittedAt, h.payload AS payload, h.gateResults AS gateResults, coalesce(h.passed, false) AS passed,
  coalesce(h.valid, true) AS valid, h.payloadErrors AS payloadErrors, toString(h.acknowledgedAt) AS acknowledgedAt,
  h.acknowledgedBy AS acknowledgedBy, h.acknowledgedByPrincipal AS acknowledgedByPrincipal, toString(h.nextStageStartedAt) AS nextStageStartedAt,
  h.nextStageStartedBy AS nextStageStartedBy, h.override AS override, h.overriddenBy AS overriddenBy, h.idempotencyKey AS idempotencyKey,
  COLLECT { MATCH (k:Contract {team: h.team, id: h.contractId}) RETURN k.acknowledgeWithinHours }[0] AS acknowledgeWithinHours,
  COLLECT { MATCH (k:Contract {team: h.team, id: h.contractId}) RETURN k.nextStageWithinHours }[0] AS nextStageWithinHours`;
/** Oldest first; the per-contract number breaks ties between equal times. */
export const HANDOFF_ORDER = `h.submittedAt, h.seq, h.id`;

export const handoffsByKeys = (keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key MATCH (h:Handoff {team: key.team, id: key.id}) RETURN ${FIELDS}`, { keys });

/** The parents handoffs are grouped by: the match that finds a parent's handoffs from `key`. */
const PARENT_MATCH = {
  // By contractId rather than UNDER: a contract removed and re-added by import keeps its history.
  contract: `MATCH (h:Handoff {team: key.team, contractId: key.id})`,
  sender: `MATCH (:Role {team: key.team, id: key.id})<-[:SUBMITTED_BY]-(h:Handoff)`,
  receiver: `MATCH (:Role {team: key.team, id: key.id})<-[:TO]-(:Contract)<-[:UNDER]-(h:Handoff)`,
} as const;
export type HandoffParent = keyof typeof PARENT_MATCH;

/** Handoffs of many parents in one statement, each row naming its parent's key as `parent`. */
export const handoffsGroupedBy = (parent: HandoffParent, keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key ${PARENT_MATCH[parent]} WITH key, h ORDER BY ${HANDOFF_ORDER} RETURN key.team + "|" + key.id AS parent, ${FIELDS}`,
    { keys });

export const teamHandoffs = (team: string, filter: { contract: string | null; pending: boolean | null }): Statement =>
  statement(`MATCH (h:Handoff {team: $team})
     WHERE ($contract IS NULL OR h.contractId = $contract)
       AND ($pending IS NULL OR (h.acknowledgedAt IS NULL) = $pending)
     RETURN ${FIELDS} ORDER BY ${HANDOFF_ORDER}`, { team, ...filter });

export const handoffByIdempotencyKey = (team: string, key: string): Statement =>
  statement(`MATCH (h:Handoff {team: $team, idempotencyKey: $key}) RETURN ${FIELDS}`, { team, key });

export const teamExists = (team: string): Statement => statement(`MATCH (t:Team {team: $team, id: $team}) RETURN t.id AS id`, { team });

/**
 * Locks the contract: submissions under it are then serialized, the number read next is the
 * next one, and a same-key retry sees the first submission once it has committed.
 */
export const lockContract = (team: string, contract: string): Statement =>
  statement(`MATCH (c:Contract {team: $team, id: $contract}) SET c._handoffLock = true REMOVE c._handoffLock RETURN c.id`, { team, contract });

/** Under the lock: does the submitting role exist, was the key used, the last number under the contract. */
export const submissionState = (p: { team: string; contract: string; submittedBy: string; key: string | null }): Statement =>
  statement(`OPTIONAL MATCH (r:Role {team: $team, id: $submittedBy})
     OPTIONAL MATCH (prior:Handoff {team: $team, idempotencyKey: $key})
     WITH r, prior LIMIT 1
     OPTIONAL MATCH (h:Handoff {team: $team, contractId: $contract})
     RETURN r IS NOT NULL AS role, prior.id AS prior, coalesce(max(h.seq), 0) AS last`,
  { team: p.team, contract: p.contract, submittedBy: p.submittedBy, key: p.key });

export interface NewHandoff {
  team: string; id: string; seq: unknown; contract: string; submittedBy: string; submittedAt: string;
  payload: string; gateResults: string; passed: boolean; valid: boolean; payloadErrors: string | null; key: string | null;
  /** The SLA deadlines to watch, in epoch ms (null when the contract sets none): see slaWatch. slaRecorded marks them as
   * recorded at submission; a handoff without it predates the watch (db/cypher/sla.ts, recordMissingDeadlines). */
  ackDue: number | null; nextDue: number | null;
}

export const createHandoff = (h: NewHandoff): Statement =>
  statement(`MATCH (c:Contract {team: $team, id: $contract}), (r:Role {team: $team, id: $submittedBy})
     CREATE (h:Handoff {team: $team, id: $id, seq: $seq, contractId: $contract, submittedBy: $submittedBy, submittedAt: $submittedAt,
       payload: $payload, gateResults: $gateResults, passed: $passed, valid: $valid})
     SET h.payloadErrors = $payloadErrors, h.idempotencyKey = $key, h.slaAckWatch = $ackDue, h.slaNextWatch = $nextDue,
       h.slaRecorded = true
     CREATE (h)-[:UNDER {key: ""}]->(c), (h)-[:SUBMITTED_BY {key: ""}]->(r)`, { ...h });

export const MILESTONES = ["acknowledgedAt", "nextStageStartedAt"] as const;
export type Milestone = (typeof MILESTONES)[number];

/**
 * Locks the handoff before reading it, so of two concurrent first acknowledgements exactly one
 * lands, and a refusal (events.md, "Enforcement") is decided on what the lock saw.
 */
export const lockHandoff = (team: string, id: string, milestone: Milestone): Statement =>
  statement(`MATCH (h:Handoff {team: $team, id: $id}) SET h._lock = true REMOVE h._lock
       RETURN h.id AS id, h.contractId AS contract, toString(h.submittedAt) AS submittedAt, h.${checked(milestone)} IS NULL AS open,
         coalesce(h.passed, false) AS passed, coalesce(h.valid, true) AS valid, h.gateResults AS gateResults,
         h.payloadErrors AS payloadErrors, toString(h.acknowledgedAt) AS acknowledgedAt`, { team, id });

/**
 * Who recorded a milestone: the role, the token (audit trail), and for an acknowledgement the
 * override reason, kept only on a handoff that failed (a passed one overrides nothing).
 */
export interface MilestoneBy { role: string; principal: string; override: string | null }

export const setMilestone = (team: string, id: string, milestone: Milestone, at: string, by: MilestoneBy): Statement =>
  statement(checked(milestone) === "acknowledgedAt"
    ? `MATCH (h:Handoff {team: $team, id: $id}) SET ${unwatchIfOnTime("slaAckWatch")}, h.acknowledgedAt = $at, h.acknowledgedBy = $role, h.acknowledgedByPrincipal = $principal,
         h.override = CASE WHEN coalesce(h.passed, false) THEN null ELSE $override END,
         h.overriddenBy = CASE WHEN coalesce(h.passed, false) OR $override IS NULL THEN null ELSE $principal END`
    : `MATCH (h:Handoff {team: $team, id: $id}) SET ${unwatchIfOnTime("slaNextWatch")}, h.nextStageStartedAt = $at, h.nextStageStartedBy = $role, h.nextStageStartedByPrincipal = $principal`,
  { team, id, at, atMs: Date.parse(at), ...by });

/**
 * A deadline is watched (db/cypher/sla.ts) until what it asks for is done: done in time, it is
 * dropped and never breaches; done late, it stays for the watch to report the breach once.
 */
const unwatchIfOnTime = (watch: "slaAckWatch" | "slaNextWatch") =>
  `h.${watch} = CASE WHEN h.${watch} IS NOT NULL AND $atMs <= h.${watch} THEN null ELSE h.${watch} END`;

/** The property name of a milestone, checked: it goes into the text. */
function checked(m: Milestone): Milestone {
  if (!MILESTONES.includes(m)) throw new Error(`unknown milestone '${String(m)}'`);
  return m;
}
