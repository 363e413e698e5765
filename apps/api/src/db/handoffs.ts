import { evaluateHandoff } from "@rolegraph/schema";
import type { ManagedTransaction } from "neo4j-driver";
import { notFound, RolegraphError } from "../errors.ts";
import { contractFromRow } from "../handoffs/contract-from-row.ts";
import { handoffId, snapshotGates } from "../handoffs/record.ts";
import { int, type Db } from "./driver.ts";
import { keyOf, loadByKeys, parseKey } from "./entities.ts";

/**
 * Handoffs at run time: each submission is a new node (the audit trail is never rewritten),
 * acknowledgement and the start of the next stage are recorded once. The node's properties
 * are read by the gap rules; see docs/graph-model.md, "Handoffs".
 */
export interface HandoffRow {
  team: string; id: string; seq: number | null; contract: string; submittedBy: string; submittedAt: string;
  payload: string | null; gateResults: string | null; passed: boolean; valid: boolean; payloadErrors: string | null;
  acknowledgedAt: string | null; acknowledgedBy: string | null; nextStageStartedAt: string | null; idempotencyKey: string | null;
  /** The contract's SLA today (null when the contract is gone or sets none). */
  acknowledgeWithinHours: number | null; nextStageWithinHours: number | null;
}

// Times go through toString so handoffs written as native DateTime elsewhere read alike.
const FIELDS = `h.team AS team, h.id AS id, h.seq AS seq, h.contractId AS contract, h.submittedBy AS submittedBy,
  toString(h.submittedAt) AS submittedAt, h.payload AS payload, h.gateResults AS gateResults, coalesce(h.passed, false) AS passed,
  coalesce(h.valid, true) AS valid, h.payloadErrors AS payloadErrors, toString(h.acknowledgedAt) AS acknowledgedAt,
  h.acknowledgedBy AS acknowledgedBy, toString(h.nextStageStartedAt) AS nextStageStartedAt, h.idempotencyKey AS idempotencyKey,
  COLLECT { MATCH (k:Contract {team: h.team, id: h.contractId}) RETURN k.acknowledgeWithinHours }[0] AS acknowledgeWithinHours,
  COLLECT { MATCH (k:Contract {team: h.team, id: h.contractId}) RETURN k.nextStageWithinHours }[0] AS nextStageWithinHours`;
/** Oldest first; the per-contract number breaks ties between equal times. */
export const HANDOFF_ORDER = `h.submittedAt, h.seq, h.id`;

export async function loadHandoffs(db: Db, keys: readonly string[]): Promise<(HandoffRow | null)[]> {
  const rows = await db.query(`UNWIND $keys AS key MATCH (h:Handoff {team: key.team, id: key.id}) RETURN ${FIELDS}`, { keys: keys.map(parseKey) });
  const byKey = new Map((rows as unknown as HandoffRow[]).map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** One group of handoffs per parent key, in key order, from one query however many parents. */
async function groupedBy(db: Db, match: string, keys: readonly string[]): Promise<HandoffRow[][]> {
  const rows = await db.query(`UNWIND $keys AS key ${match} WITH key, h ORDER BY ${HANDOFF_ORDER} RETURN key.team + "|" + key.id AS parent, ${FIELDS}`,
    { keys: keys.map(parseKey) });
  const groups = new Map<string, HandoffRow[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(String(row.parent))?.push(row as unknown as HandoffRow);
  return keys.map((k) => groups.get(k) ?? []);
}

// By contractId rather than UNDER: a contract removed and re-added by import keeps its history.
export const handoffsOfContracts = (db: Db, keys: readonly string[]) =>
  groupedBy(db, `MATCH (h:Handoff {team: key.team, contractId: key.id})`, keys);
export const handoffsSentBy = (db: Db, keys: readonly string[]) =>
  groupedBy(db, `MATCH (:Role {team: key.team, id: key.id})<-[:SUBMITTED_BY]-(h:Handoff)`, keys);
export const handoffsReceivedBy = (db: Db, keys: readonly string[]) =>
  groupedBy(db, `MATCH (:Role {team: key.team, id: key.id})<-[:TO]-(:Contract)<-[:UNDER]-(h:Handoff)`, keys);

export interface TeamHandoffFilter { contract?: string | undefined; pendingAcknowledgement?: boolean | undefined }

export async function listTeamHandoffs(db: Db, team: string, filter: TeamHandoffFilter = {}): Promise<HandoffRow[]> {
  const rows = await db.query(
    `MATCH (h:Handoff {team: $team})
     WHERE ($contract IS NULL OR h.contractId = $contract)
       AND ($pending IS NULL OR (h.acknowledgedAt IS NULL) = $pending)
     RETURN ${FIELDS} ORDER BY ${HANDOFF_ORDER}`,
    { team, contract: filter.contract ?? null, pending: filter.pendingAcknowledgement ?? null });
  return rows as unknown as HandoffRow[];
}

async function byIdempotencyKey(db: Db, team: string, key: string): Promise<HandoffRow | null> {
  const [row] = await db.query(`MATCH (h:Handoff {team: $team, idempotencyKey: $key}) RETURN ${FIELDS}`, { team, key });
  return (row as unknown as HandoffRow | undefined) ?? null;
}

/** A key names one submission: replaying it under another contract is a client bug, not a retry. */
function replayOf(prior: HandoffRow, contract: string): HandoffRow {
  if (prior.contract === contract) return prior;
  throw new RolegraphError("CONFLICT", `idempotency key '${prior.idempotencyKey}' was already used for handoff '${prior.id}' under contract '${prior.contract}'`,
    { handoff: prior.id });
}

export async function notFoundIn(db: Db, team: string, kind: string, id: string): Promise<RolegraphError> {
  const [found] = await db.query(`MATCH (t:Team {team: $team, id: $team}) RETURN t.id AS id`, { team });
  return found ? notFound(kind, id, team) : notFound("team", team);
}

export interface SubmitInput {
  team: string; contract: string; payload: unknown; submittedAt: Date;
  submittedBy?: string | undefined; idempotencyKey?: string | undefined;
}
export interface SubmitOutcome { handoff: HandoffRow; created: boolean }

export async function submitHandoff(db: Db, input: SubmitInput): Promise<SubmitOutcome> {
  const { team, idempotencyKey: key } = input;
  if (key !== undefined) {
    const prior = await byIdempotencyKey(db, team, key);
    if (prior) return { handoff: replayOf(prior, input.contract), created: false };
  }
  const [row] = await loadByKeys(db, "Contract", [keyOf({ team, id: input.contract })]);
  if (!row) throw await notFoundIn(db, team, "handoff contract", input.contract);
  const contract = contractFromRow(row);
  const evaluation = evaluateHandoff(contract, input.payload, input.submittedAt);
  const record = {
    team, contract: contract.id, submittedBy: input.submittedBy ?? contract.from, submittedAt: input.submittedAt.toISOString(),
    payload: JSON.stringify(input.payload ?? null), gateResults: JSON.stringify(snapshotGates(contract, evaluation.gates)),
    passed: evaluation.passed, valid: evaluation.valid, payloadErrors: evaluation.valid ? null : JSON.stringify(evaluation.errors),
    key: key ?? null,
  };
  let written: { id: string; created: boolean };
  try {
    written = await db.write((tx) => create(tx, record));
  } catch (error) {
    // Two first submissions with one key under different contracts race past the lock (it
    // is per contract); the unique constraint stops the second, which becomes a replay.
    if (key === undefined || (error as { code?: string }).code !== "Neo.ClientError.Schema.ConstraintValidationFailed") throw error;
    const prior = await byIdempotencyKey(db, team, key);
    if (!prior) throw error;
    return { handoff: replayOf(prior, input.contract), created: false };
  }
  const [handoff] = await loadHandoffs(db, [keyOf({ team, id: written.id })]);
  if (!handoff) throw notFound("handoff", written.id, team);
  return { handoff: written.created ? handoff : replayOf(handoff, input.contract), created: written.created };
}

type NewHandoff = { team: string; contract: string; submittedBy: string; key: string | null } & Record<string, unknown>;

async function create(tx: ManagedTransaction, record: NewHandoff): Promise<{ id: string; created: boolean }> {
  // The lock on the contract serializes submissions under it: the number below is then the
  // next one, and a same-key retry sees the first submission once it has committed.
  const locked = await tx.run(`MATCH (c:Contract {team: $team, id: $contract}) SET c._handoffLock = true REMOVE c._handoffLock RETURN c.id`, record);
  if (locked.records.length === 0) throw notFound("handoff contract", record.contract, record.team);
  const state = (await tx.run(
    `OPTIONAL MATCH (r:Role {team: $team, id: $submittedBy})
     OPTIONAL MATCH (prior:Handoff {team: $team, idempotencyKey: $key})
     WITH r, prior LIMIT 1
     OPTIONAL MATCH (h:Handoff {team: $team, contractId: $contract})
     RETURN r IS NOT NULL AS role, prior.id AS prior, coalesce(max(h.seq), 0) AS last`, record)).records[0];
  if (state?.get("role") !== true) throw notFound("role", record.submittedBy, record.team);
  const prior: unknown = state.get("prior");
  if (typeof prior === "string") return { id: prior, created: false };
  const seq = Number(state.get("last")) + 1;
  const id = handoffId(record.contract, seq);
  await tx.run(
    `MATCH (c:Contract {team: $team, id: $contract}), (r:Role {team: $team, id: $submittedBy})
     CREATE (h:Handoff {team: $team, id: $id, seq: $seq, contractId: $contract, submittedBy: $submittedBy, submittedAt: $submittedAt,
       payload: $payload, gateResults: $gateResults, passed: $passed, valid: $valid})
     SET h.payloadErrors = $payloadErrors, h.idempotencyKey = $key
     CREATE (h)-[:UNDER {key: ""}]->(c), (h)-[:SUBMITTED_BY {key: ""}]->(r)`,
    { ...record, id, seq: int(seq) });
  return { id, created: true };
}

export type Milestone = "acknowledgedAt" | "nextStageStartedAt";

/**
 * Records that the receiver acknowledged the handoff, or started the next stage, at `at`.
 * Only the first time counts: a repeat (a retried request, a second click) changes nothing
 * and returns the handoff as it is, so the audit trail keeps who was first and when.
 */
export async function markHandoff(db: Db, team: string, id: string, milestone: Milestone, at: Date, by?: string): Promise<HandoffRow> {
  const params = { team, id, at: at.toISOString(), by: by ?? null };
  const found = await db.write(async (tx) => {
    // Lock before reading, so of two concurrent first acknowledgements exactly one lands.
    const locked = await tx.run(
      `MATCH (h:Handoff {team: $team, id: $id}) SET h._lock = true REMOVE h._lock
       RETURN toString(h.submittedAt) AS submittedAt, h.${milestone} IS NULL AS open`, params);
    const row = locked.records[0];
    if (!row) return false;
    if (row.get("open") !== true) return true;
    const submittedAt = String(row.get("submittedAt"));
    if (at.getTime() < Date.parse(submittedAt)) {
      throw new RolegraphError("BAD_USER_INPUT", `${milestone} ${params.at} is before the handoff was submitted (${submittedAt})`);
    }
    await tx.run(`MATCH (h:Handoff {team: $team, id: $id}) SET h.${milestone} = $at${milestone === "acknowledgedAt" ? ", h.acknowledgedBy = $by" : ""}`, params);
    return true;
  });
  if (!found) throw await notFoundIn(db, team, "handoff", id);
  const [handoff] = await loadHandoffs(db, [keyOf({ team, id })]);
  if (!handoff) throw notFound("handoff", id, team);
  return handoff;
}
