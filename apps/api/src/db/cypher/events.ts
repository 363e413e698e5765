import { int } from "neo4j-driver";
import { statement, type Statement } from "./statement.ts";

/**
 * Handoff events (events.md): one node each, numbered by one counter. The counter node is
 * written in the transaction that records the event, so Neo4j holds its lock until that
 * transaction commits: numbers are handed out in commit order, and a reader that has seen
 * number n has seen every event before it (no later commit can take a smaller one).
 */
export const EVENT_TYPES = ["SUBMITTED", "ACKNOWLEDGED", "NEXT_STAGE_STARTED", "SLA_BREACHED"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface NewEvent {
  team: string; handoff: string; contract: string; type: EventType;
  /** When it happened (the submission's or acknowledgement's time, the deadline); ISO text. */
  at: string;
  /** JSON text: what a subscriber needs without asking again (passed, failed gates, role...). */
  detail: string;
}

const FIELDS = `e.seq AS seq, e.team AS team, e.handoff AS handoff, e.contract AS contract, e.type AS type,
  e.at AS at, e.recordedAt AS recordedAt, e.detail AS detail`;

/** Creates the counter once (ensureSchema does it at start; this is the fallback for a database set up before it). */
export const createSequence = (): Statement =>
  statement(`MERGE (s:EventSequence {name: "handoff"}) ON CREATE SET s.last = 0`);

/**
 * The next number and the event with it, in one statement, last in its transaction: the
 * counter's lock is held from here to the commit, one round trip and the commit. The lock is
 * taken (SET _lock) before the number is read: a read then SET of the number alone let two
 * transactions read the same one, or both hold shared locks and deadlock upgrading them
 * (measured under load: half the submissions retried). The unique constraint on seq is the
 * backstop. No row when the counter is missing (createSequence).
 */
export const appendEvent = (e: NewEvent, recordedAt: string): Statement =>
  statement(`MATCH (s:EventSequence {name: "handoff"})
     SET s._lock = true REMOVE s._lock
     WITH s SET s.last = s.last + 1
     CREATE (e:HandoffEvent {seq: s.last, team: $team, handoff: $handoff, contract: $contract, type: $type, at: $at,
       recordedAt: $recordedAt, detail: $detail})
     RETURN e.seq AS seq`, { ...e, recordedAt });

/** Events after `after` (a number), oldest first; of one team, or of all when team is null. */
export const eventsAfter = (team: string | null, after: number, limit: number): Statement =>
  statement(`MATCH (e:HandoffEvent) WHERE e.seq > $after AND ($team IS NULL OR e.team = $team)
     RETURN ${FIELDS} ORDER BY e.seq LIMIT $limit`, { team, after: int(after), limit: int(limit) });

/** The last number handed out (0 before the first event). */
export const lastEventSeq = (): Statement =>
  statement(`OPTIONAL MATCH (s:EventSequence {name: "handoff"}) RETURN coalesce(s.last, 0) AS last`);
