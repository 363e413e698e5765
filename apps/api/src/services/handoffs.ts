import { evaluateHandoff } from "@rolegraph/schema";
import type { Db } from "../db/driver.ts";
import { loadByKeys } from "../db/entities.ts";
import * as store from "../db/handoffs.ts";
import { keyOf } from "../db/keys.ts";
import { badInput, conflict, notFound, type DomainError } from "../errors.ts";
import { contractFromRow } from "../handoffs/contract-from-row.ts";
import { acknowledgeRefusal, failures, overrideReason, roleRefusal, startRefusal, type Actor } from "../handoffs/enforcement.ts";
import { handoffId, snapshotGates } from "../handoffs/record.ts";
import { signal } from "../observability/signals.ts";
import { OneAtATime } from "./one-at-a-time.ts";

/**
 * Handoffs as use cases: a submission is checked gate by gate (the pure evaluator in
 * @rolegraph/schema) and kept, passed or failed; an idempotency key replays the first
 * submission; milestones are recorded once. Failures are domain errors (errors.ts) that
 * GraphQL and the CLI map at their boundary.
 */
export type { HandoffRow, Milestone } from "../db/handoffs.ts";
export type { Actor } from "../handoffs/enforcement.ts";

export interface SubmitInput {
  team: string; contract: string; payload: unknown; submittedAt: Date;
  submittedBy?: string | undefined; idempotencyKey?: string | undefined;
  /** Who asks: the token (or the CLI's user), checked against the role it submits as. */
  actor: Actor;
}
export interface SubmitOutcome { handoff: store.HandoffRow; created: boolean }

/** A key names one submission: replaying it under another contract is a client bug, not a retry. */
function replayOf(prior: store.HandoffRow, contract: string): store.HandoffRow {
  if (prior.contract === contract) return prior;
  throw conflict(`idempotency key '${prior.idempotencyKey}' was already used for handoff '${prior.id}' under contract '${prior.contract}'`,
    { handoff: prior.id });
}

/** NOT_FOUND for the thing asked for, or for the team when the team itself is missing. */
async function notFoundIn(db: Db, team: string, kind: string, id: string): Promise<DomainError> {
  return (await store.teamExists(db, team)) ? notFound(kind, id, team) : notFound("team", team);
}

/** Submissions of one contract queue here, one per instance at Neo4j's contract lock (one-at-a-time.ts). */
const submissionQueues = new WeakMap<Db, OneAtATime>();
function queueOf(db: Db): OneAtATime {
  let queue = submissionQueues.get(db);
  if (!queue) submissionQueues.set(db, (queue = new OneAtATime()));
  return queue;
}

const dueMs = (from: Date, hours: number | undefined): number | null => (hours === undefined ? null : from.getTime() + hours * 3_600_000);

export async function submitHandoff(db: Db, input: SubmitInput): Promise<SubmitOutcome> {
  const { team, idempotencyKey: key } = input;
  if (key !== undefined) {
    const prior = await store.handoffByIdempotencyKey(db, team, key);
    if (prior) return { handoff: replayOf(prior, input.contract), created: false };
  }
  const [row] = await loadByKeys(db, "Contract", [keyOf({ team, id: input.contract })]);
  if (!row) throw await notFoundIn(db, team, "handoff contract", input.contract);
  const contract = contractFromRow(row);
  const refused = roleRefusal("submit", { team, contract: contract.id, expected: contract.from, role: input.submittedBy ?? contract.from, actor: input.actor });
  if (refused) throw refused;
  const evaluation = evaluateHandoff(contract, input.payload, input.submittedAt);
  const record: store.HandoffRecord = {
    team, contract: contract.id, submittedBy: input.submittedBy ?? contract.from, submittedAt: input.submittedAt.toISOString(),
    payload: JSON.stringify(input.payload ?? null), gateResults: JSON.stringify(snapshotGates(contract, evaluation.gates)),
    passed: evaluation.passed, valid: evaluation.valid, payloadErrors: evaluation.valid ? null : JSON.stringify(evaluation.errors),
    key: key ?? null,
    ackDue: dueMs(input.submittedAt, contract.sla?.acknowledgeWithinHours), nextDue: dueMs(input.submittedAt, contract.sla?.nextStageWithinHours),
  };
  let written: store.CreateOutcome;
  try {
    const detail = { passed: evaluation.passed, valid: evaluation.valid, submittedBy: record.submittedBy, failedGates: failures({ valid: true, gateResults: record.gateResults }) };
    written = await queueOf(db).run(`${team}\u0000${contract.id}`, () => store.createHandoff(db, record, (seq) => handoffId(contract.id, seq), detail));
  } catch (error) {
    // Two first submissions with one key under different contracts race past the lock (it
    // is per contract); the unique constraint stops the second, which becomes a replay.
    if (key === undefined || (error as { code?: string }).code !== "Neo.ClientError.Schema.ConstraintValidationFailed") throw error;
    const prior = await store.handoffByIdempotencyKey(db, team, key);
    if (!prior) throw error;
    return { handoff: replayOf(prior, input.contract), created: false };
  }
  if (written.kind === "no-contract") throw notFound("handoff contract", record.contract, team);
  if (written.kind === "no-role") throw notFound("role", record.submittedBy, team);
  const [handoff] = await store.loadHandoffs(db, [keyOf({ team, id: written.id })]);
  if (!handoff) throw notFound("handoff", written.id, team);
  signal({ kind: "handoff", action: "submit", outcome: written.kind !== "created" ? "replayed" : evaluation.passed ? "passed" : "failed" });
  return { handoff: written.kind === "created" ? handoff : replayOf(handoff, input.contract), created: written.kind === "created" };
}

export interface MarkInput {
  team: string; handoff: string; at: Date;
  /** The receiving role acting; defaults to the contract's `to` role. */
  by?: string | undefined;
  actor: Actor;
}
export interface AcknowledgeInput extends MarkInput {
  /** Why a failed handoff is acknowledged anyway; kept in the audit trail and reported (overridden-gate). */
  override?: string | null | undefined;
}

/** The receiving role of the handoff's contract, or NOT_FOUND for the handoff (or its team). */
async function receiverOf(db: Db, team: string, id: string): Promise<{ contract: string; to: string }> {
  const [handoff] = await store.loadHandoffs(db, [keyOf({ team, id })]);
  if (!handoff) throw await notFoundIn(db, team, "handoff", id);
  const [row] = await loadByKeys(db, "Contract", [keyOf({ team, id: handoff.contract })]);
  if (!row) throw notFound("handoff contract", handoff.contract, team);
  return { contract: row.id, to: row.to };
}

/**
 * Records that the receiver acknowledged the handoff, or started the next stage, at `at`.
 * Only the first time counts: a repeat (a retried request, a second click) changes nothing
 * and returns the handoff as it is, so the audit trail keeps who was first and when. The
 * contract holds (events.md): only its `to` role acts, a failed handoff is acknowledged only
 * with an override reason, and the next stage starts only after the acknowledgement.
 */
async function mark(db: Db, input: AcknowledgeInput, milestone: store.Milestone): Promise<store.HandoffRow> {
  const { team, handoff: id } = input;
  const when = input.at.toISOString();
  const ends = await receiverOf(db, team, id);
  const role = input.by ?? ends.to;
  const step = milestone === "acknowledgedAt" ? "acknowledge" : "start";
  const refused = roleRefusal(step, { team, contract: ends.contract, expected: ends.to, role, actor: input.actor });
  if (refused) throw refused;
  const override = milestone === "acknowledgedAt" ? overrideReason(input.override) : null;
  const outcome = await store.markMilestone(db, team, id, milestone, when, { role, principal: input.actor.name, override }, (locked) => {
    const refusal = milestone === "acknowledgedAt" ? acknowledgeRefusal(locked, override) : startRefusal(locked);
    if (refusal) throw refusal;
  }, { by: role, principal: input.actor.name, ...(override === null ? {} : { override }) });
  if (outcome.kind === "missing") throw await notFoundIn(db, team, "handoff", id);
  if (outcome.kind === "before-submission") throw badInput(`${milestone} ${when} is before the handoff was submitted (${outcome.submittedAt})`);
  signal({ kind: "handoff", action: milestone });
  const [handoff] = await store.loadHandoffs(db, [keyOf({ team, id })]);
  if (!handoff) throw notFound("handoff", id, team);
  return handoff;
}

export const acknowledgeHandoff = (db: Db, input: AcknowledgeInput) => mark(db, input, "acknowledgedAt");
export const startNextStage = (db: Db, input: MarkInput) => mark(db, input, "nextStageStartedAt");

export const listTeamHandoffs = store.listTeamHandoffs;
