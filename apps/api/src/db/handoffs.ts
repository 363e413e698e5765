import * as cypher from "./cypher/handoffs.ts";
import { int, runIn, type Db } from "./driver.ts";
import { keyOf, parseKey } from "./keys.ts";
import type { MilestoneBy } from "./cypher/handoffs.ts";
import { appendEvent } from "./events.ts";

export { HANDOFF_ORDER, type Milestone } from "./cypher/handoffs.ts";

/**
 * Handoffs as stored: each submission is a new node (the audit trail is never rewritten),
 * acknowledgement and the start of the next stage are recorded once. The node's properties
 * are read by the gap rules; see docs/graph-model.md, "Handoffs". What a submission means
 * (gates, replays, conflicts) is services/handoffs.ts's; this file reads and writes.
 */
export interface HandoffRow {
  team: string; id: string; seq: number | null; contract: string; submittedBy: string; submittedAt: string;
  payload: string | null; gateResults: string | null; passed: boolean; valid: boolean; payloadErrors: string | null;
  acknowledgedAt: string | null; acknowledgedBy: string | null; acknowledgedByPrincipal: string | null;
  nextStageStartedAt: string | null; nextStageStartedBy: string | null; idempotencyKey: string | null;
  /** The reason given for acknowledging despite failed gates, and the token that gave it. */
  override: string | null; overriddenBy: string | null;
  /** The contract's SLA today (null when the contract is gone or sets none). */
  acknowledgeWithinHours: number | null; nextStageWithinHours: number | null;
}

export async function loadHandoffs(db: Db, keys: readonly string[]): Promise<(HandoffRow | null)[]> {
  const rows = await db.run<HandoffRow & Record<string, unknown>>(cypher.handoffsByKeys(keys.map(parseKey)));
  const byKey = new Map(rows.map((r) => [keyOf(r), r as HandoffRow]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** One group of handoffs per parent key, in key order, from one query however many parents. */
async function groupedBy(db: Db, parent: cypher.HandoffParent, keys: readonly string[]): Promise<HandoffRow[][]> {
  const rows = await db.run<HandoffRow & { parent: string }>(cypher.handoffsGroupedBy(parent, keys.map(parseKey)));
  const groups = new Map<string, HandoffRow[]>(keys.map((k) => [k, []]));
  for (const { parent: of, ...row } of rows) groups.get(of)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

export const handoffsOfContracts = (db: Db, keys: readonly string[]) => groupedBy(db, "contract", keys);
export const handoffsSentBy = (db: Db, keys: readonly string[]) => groupedBy(db, "sender", keys);
export const handoffsReceivedBy = (db: Db, keys: readonly string[]) => groupedBy(db, "receiver", keys);

export interface TeamHandoffFilter { contract?: string | undefined; pendingAcknowledgement?: boolean | undefined }

export async function listTeamHandoffs(db: Db, team: string, filter: TeamHandoffFilter = {}): Promise<HandoffRow[]> {
  return db.run<HandoffRow & Record<string, unknown>>(
    cypher.teamHandoffs(team, { contract: filter.contract ?? null, pending: filter.pendingAcknowledgement ?? null }));
}

export async function handoffByIdempotencyKey(db: Db, team: string, key: string): Promise<HandoffRow | null> {
  const [row] = await db.run<HandoffRow & Record<string, unknown>>(cypher.handoffByIdempotencyKey(team, key));
  return row ?? null;
}

export async function teamExists(db: Db, team: string): Promise<boolean> {
  return (await db.run(cypher.teamExists(team))).length > 0;
}

/** A submission as the service decided it; the id is assigned under the lock, from its number. */
export interface HandoffRecord {
  team: string; contract: string; submittedBy: string; submittedAt: string; payload: string; gateResults: string;
  passed: boolean; valid: boolean; payloadErrors: string | null; key: string | null;
  /** SLA deadlines in epoch ms, watched for SLA_BREACHED (null when the contract sets none). */
  ackDue: number | null; nextDue: number | null;
}
export type CreateOutcome =
  | { kind: "created"; id: string }
  | { kind: "replayed"; id: string }
  | { kind: "no-contract" }
  | { kind: "no-role" };

/**
 * Writes a submission as the next handoff under its contract, in one transaction: the lock
 * on the contract serializes submissions, so the number is the next one and a same-key retry
 * finds the first. `idOf` names the handoff from its number (handoffs/record.ts).
 */
export function createHandoff(db: Db, record: HandoffRecord, idOf: (seq: number) => string, detail: Record<string, unknown>): Promise<CreateOutcome> {
  return db.write(async (tx): Promise<CreateOutcome> => {
    if ((await runIn(tx, cypher.lockContract(record.team, record.contract))).length === 0) return { kind: "no-contract" };
    const [state] = await runIn(tx, cypher.submissionState(record));
    if (state?.role !== true) return { kind: "no-role" };
    if (typeof state.prior === "string") return { kind: "replayed", id: state.prior };
    const seq = Number(state.last) + 1;
    const id = idOf(seq);
    await runIn(tx, cypher.createHandoff({ ...record, id, seq: int(seq) }));
    // The SUBMITTED event commits with the handoff, or neither does.
    await appendEvent(tx, { team: record.team, handoff: id, contract: record.contract, type: "SUBMITTED", at: record.submittedAt, detail: JSON.stringify(detail) });
    return { kind: "created", id };
  });
}

export type MarkOutcome = { kind: "marked" | "unchanged" | "missing" } | { kind: "before-submission"; submittedAt: string };
export type { LockedRow, MilestoneBy };
interface LockedRow {
  id: string; contract: string; submittedAt: string; open: boolean; passed: boolean; valid: boolean;
  gateResults: string | null; payloadErrors: string | null; acknowledgedAt: string | null;
}

/**
 * Records a milestone at `at`, the first time only: a repeat changes nothing. A time before
 * the submission is refused and nothing is written; so is whatever `refuse` throws on seeing
 * the handoff under its lock (the enforcement of handoffs/enforcement.ts).
 */
export function markMilestone(db: Db, team: string, id: string, milestone: cypher.Milestone, at: string, by: MilestoneBy,
  refuse: (locked: LockedRow) => void, detail: Record<string, unknown>): Promise<MarkOutcome> {
  return db.write(async (tx): Promise<MarkOutcome> => {
    const [row] = await runIn<LockedRow & Record<string, unknown>>(tx, cypher.lockHandoff(team, id, milestone));
    if (!row) return { kind: "missing" };
    if (row.open !== true) return { kind: "unchanged" };
    const submittedAt = String(row.submittedAt);
    if (Date.parse(at) < Date.parse(submittedAt)) return { kind: "before-submission", submittedAt };
    refuse(row);
    await runIn(tx, cypher.setMilestone(team, id, milestone, at, by));
    const type = milestone === "acknowledgedAt" ? "ACKNOWLEDGED" : "NEXT_STAGE_STARTED";
    await appendEvent(tx, { team, handoff: id, contract: row.contract, type, at, detail: JSON.stringify({ ...detail, overridden: by.override !== null && !row.passed }) });
    return { kind: "marked" };
  });
}
