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

const DONE = { acknowledge: "acknowledgedAt", nextStage: "nextStageStartedAt" } as const;
const ms = (time: string) => `datetime(toString(${time})).epochMillis`;

/**
 * Under the lock: the deadline is still watched and passed; it is unwatched and marked
 * reported, or superseded: a failed handoff with a later submission under its contract made
 * by the deadline is replaced, not late (nobody may acknowledge it without an override, so
 * its deadlines would all breach). Superseded only after its deadline, the breach stands.
 */
export const claimDeadline = (deadline: Deadline, team: string, id: string, now: number): Statement => {
  const watch = DEADLINES[deadline];
  return statement(`MATCH (h:Handoff {team: $team, id: $id}) WHERE h.${watch} <= $now
     WITH h, h.${watch} AS due
     OPTIONAL MATCH (later:Handoff {team: h.team, contractId: h.contractId})
       WHERE NOT coalesce(h.passed, false) AND later <> h AND ${ms("later.submittedAt")} <= due
         AND (later.seq > h.seq OR ((later.seq IS NULL OR h.seq IS NULL) AND ${ms("later.submittedAt")} > ${ms("h.submittedAt")}))
     WITH h, due, count(later) > 0 AS superseded
     SET h.${watch} = null,
       h.${watch}Reported = CASE WHEN superseded THEN h.${watch}Reported ELSE due END,
       h.${watch}Superseded = CASE WHEN superseded THEN due ELSE h.${watch}Superseded END
     RETURN due, superseded, h.contractId AS contract, toString(h.submittedAt) AS submittedAt,
       toString(h.${DONE[deadline]}) AS doneAt`, { team, id, now });
};

const dueOf = (hours: string) => `CASE WHEN ${hours} IS NULL THEN null ELSE toInteger(from + ${hours} * 3600000) END`;
/** The watch of a deadline recorded late: unless already watched, reported, or met in time. */
const backfilled = (deadline: Deadline, due: string) => {
  const watch = DEADLINES[deadline];
  const done = `h.${DONE[deadline]}`;
  return `h.${watch} = CASE WHEN h.${watch} IS NULL AND h.${watch}Reported IS NULL AND h.${watch}Superseded IS NULL AND ${due} IS NOT NULL
       AND (${done} IS NULL OR ${ms(done)} > ${due}) THEN ${due} ELSE h.${watch} END`;
};

/**
 * Handoffs stored before deadlines were recorded at submission (no slaRecorded): their
 * deadlines from the contract's SLA and the submission time, watched as if recorded then
 * (a step done in time is not), so the sweep that follows reports the passed ones. Each
 * handoff is marked as it is done, so this happens once; each is locked first, so a step
 * recorded at the same moment is seen. Returns how many it looked at (batches of `limit`).
 */
export const recordMissingDeadlines = (limit: number, team: string | null): Statement =>
  statement(`MATCH (h:Handoff) WHERE h.slaRecorded IS NULL AND ($team IS NULL OR h.team = $team)
     WITH h LIMIT $limit
     SET h._lock = true REMOVE h._lock
     WITH h, ${ms("h.submittedAt")} AS from,
       COLLECT { MATCH (k:Contract {team: h.team, id: h.contractId}) RETURN k.acknowledgeWithinHours }[0] AS ackHours,
       COLLECT { MATCH (k:Contract {team: h.team, id: h.contractId}) RETURN k.nextStageWithinHours }[0] AS nextHours
     WITH h, ${dueOf("ackHours")} AS ackDue, ${dueOf("nextHours")} AS nextDue
     SET ${backfilled("acknowledge", "ackDue")}, ${backfilled("nextStage", "nextDue")}, h.slaRecorded = true
     RETURN count(h) AS seen`, { limit: int(limit), team });
