import { int } from "neo4j-driver";
import { statement, type Statement } from "./statement.ts";

/**
 * Webhook deliveries, persisted so that a restart loses none (events.md, "Webhooks"). Each
 * receiver has a cursor: the last event turned into deliveries; under its lock one instance
 * at a time moves it, so each event becomes one delivery per receiver. Due deliveries are
 * claimed under one lock node too, with a lease, so two instances never send the same
 * attempt; an instance that dies mid-attempt leaves a lease that expires and is claimed again.
 */
const CLAIMS = "__claims";

/** Locks the receiver's cursor, creating it at the current end of the sequence (a new receiver gets events from now on). */
export const lockCursor = (hook: string): Statement =>
  statement(`OPTIONAL MATCH (s:EventSequence {name: "handoff"}) WITH coalesce(s.last, 0) AS now
     MERGE (c:WebhookCursor {hook: $hook}) ON CREATE SET c.last = now
     SET c._lock = true REMOVE c._lock RETURN c.last AS last`, { hook });

export const moveCursor = (hook: string, last: number): Statement =>
  statement(`MATCH (c:WebhookCursor {hook: $hook}) SET c.last = $last`, { hook, last: int(last) });

export interface NewDelivery {
  id: string; hook: string; url: string; seq: number; team: string; handoff: string; type: string; messageId: string; body: string;
}

export const createDeliveries = (deliveries: NewDelivery[], now: number): Statement =>
  statement(`UNWIND $deliveries AS d
     MERGE (w:WebhookDelivery {id: d.id})
     ON CREATE SET w += d, w.status = "PENDING", w.attempts = 0, w.nextAttemptAt = $now, w.createdAt = $now`,
  { deliveries: deliveries.map((d) => ({ ...d, seq: int(d.seq) })), now });

/** Serializes claims across instances: the reads after it see the leases others committed. */
export const lockClaims = (): Statement =>
  statement(`MERGE (c:WebhookCursor {hook: $claims}) SET c._lock = true REMOVE c._lock`, { claims: CLAIMS });

/** Due deliveries of these receivers: pending, their time come, no live lease. Each gets a lease and an attempt. */
export const claimDue = (hooks: string[], now: number, leaseMs: number, limit: number): Statement =>
  statement(`MATCH (d:WebhookDelivery) WHERE d.status = "PENDING" AND d.hook IN $hooks AND d.nextAttemptAt <= $now
       AND coalesce(d.leaseUntil, 0) <= $now
     WITH d ORDER BY d.nextAttemptAt, d.seq LIMIT $limit
     SET d.leaseUntil = $now + $leaseMs, d.attempts = d.attempts + 1
     RETURN d.id AS id, d.hook AS hook, d.url AS url, d.messageId AS messageId, d.body AS body, d.attempts AS attempts`,
  { hooks, now, leaseMs, limit: int(limit) });

export interface Outcome { id: string; status: "DELIVERED" | "PENDING" | "FAILED"; code: number | null; error: string | null; nextAttemptAt: number | null; at: number }

export const recordOutcome = (o: Outcome): Statement =>
  statement(`MATCH (d:WebhookDelivery {id: $id})
     SET d.status = $status, d.lastStatusCode = $code, d.lastError = $error, d.lastAttemptAt = $at, d.leaseUntil = null,
       d.nextAttemptAt = $nextAttemptAt, d.deliveredAt = CASE WHEN $status = "DELIVERED" THEN $at ELSE d.deliveredAt END`, { ...o });

export const deliveries = (filter: { team: string | null; hook: string | null; status: string | null; limit: number }): Statement =>
  statement(`MATCH (d:WebhookDelivery) WHERE ($team IS NULL OR d.team = $team) AND ($hook IS NULL OR d.hook = $hook)
       AND ($status IS NULL OR d.status = $status)
     RETURN d.id AS id, d.hook AS hook, d.url AS url, d.seq AS seq, d.team AS team, d.handoff AS handoff, d.type AS type,
       d.messageId AS messageId, d.status AS status, d.attempts AS attempts, d.lastStatusCode AS lastStatusCode,
       d.lastError AS lastError, d.createdAt AS createdAt, d.lastAttemptAt AS lastAttemptAt, d.nextAttemptAt AS nextAttemptAt,
       d.deliveredAt AS deliveredAt
     ORDER BY d.seq DESC, d.hook LIMIT $limit`, { ...filter, limit: int(filter.limit) });

/** Whether any delivery of these receivers is due: a read, so an idle tick writes nothing. */
export const anyDue = (hooks: string[], now: number): Statement =>
  statement(`MATCH (d:WebhookDelivery) WHERE d.status = "PENDING" AND d.hook IN $hooks AND d.nextAttemptAt <= $now
       AND coalesce(d.leaseUntil, 0) <= $now
     RETURN d.id AS id LIMIT 1`, { hooks, now });

export const cursors = (hooks: string[]): Statement =>
  statement(`MATCH (c:WebhookCursor) WHERE c.hook IN $hooks RETURN c.hook AS hook, c.last AS last`, { hooks });
