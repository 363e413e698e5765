import { int } from "neo4j-driver";
import { statement, type Statement } from "./statement.ts";

/**
 * The SLA watch (events.md: SLA_BREACHED once per deadline). A handoff carries each deadline
 * still to check as epoch ms (slaAckWatch, slaNextWatch, set at submission, dropped when the
 * step is done in time). Passed ones are found by index; each is claimed under the handoff's
 * lock and the watch removed in the transaction that records the event, so of two instances
 * sweeping at once exactly one reports it.
 */
export const DEADLINES = { acknowledge: "slaAckWatch", nextStage: "slaNextWatch" } as const;
export type Deadline = keyof typeof DEADLINES;

/** Deadlines passed by `now` and not yet reported, oldest first. */
export const passedDeadlines = (deadline: Deadline, now: number, limit: number, team: string | null): Statement =>
  statement(`MATCH (h:Handoff) WHERE h.${DEADLINES[deadline]} <= $now AND ($team IS NULL OR h.team = $team)
     RETURN h.team AS team, h.id AS id ORDER BY h.${DEADLINES[deadline]} LIMIT $limit`, { now, limit: int(limit), team });

export const lockForClaim = (team: string, id: string): Statement =>
  statement(`MATCH (h:Handoff {team: $team, id: $id}) SET h._lock = true REMOVE h._lock RETURN h.id AS id`, { team, id });

/** Under the lock: the deadline is still watched and passed; it is unwatched and marked reported. */
export const claimDeadline = (deadline: Deadline, team: string, id: string, now: number): Statement =>
  statement(`MATCH (h:Handoff {team: $team, id: $id}) WHERE h.${DEADLINES[deadline]} <= $now
     WITH h, h.${DEADLINES[deadline]} AS due
     SET h.${DEADLINES[deadline]} = null, h.${DEADLINES[deadline]}Reported = due
     RETURN due, h.contractId AS contract, toString(h.submittedAt) AS submittedAt,
       toString(h.${deadline === "acknowledge" ? "acknowledgedAt" : "nextStageStartedAt"}) AS doneAt`, { team, id, now });
