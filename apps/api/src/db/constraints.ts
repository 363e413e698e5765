import { ENTITY_LABELS } from "../graph/rows.ts";
import { statement } from "./cypher/statement.ts";
import type { Db } from "./driver.ts";

/**
 * Every entity is keyed by (team, id): several teams live side by side in one database.
 * A uniqueness constraint per label gives the composite index lookups use; a plain index
 * on `team` serves the per-team scans (export, diff, gap rules).
 */
export const SCHEMA_STATEMENTS: string[] = [
  ...[...ENTITY_LABELS, "Handoff"].flatMap((label) => [
    `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE (n.team, n.id) IS UNIQUE`,
    `CREATE INDEX ${label.toLowerCase()}_team IF NOT EXISTS FOR (n:${label}) ON (n.team)`,
  ]),
  "CREATE CONSTRAINT handoff_idempotency IF NOT EXISTS FOR (h:Handoff) REQUIRE (h.team, h.idempotencyKey) IS UNIQUE",
  "CREATE INDEX handoff_contract IF NOT EXISTS FOR (h:Handoff) ON (h.team, h.contractId)",
  // References across teams (cypher/cross-team.ts): placeholders keyed by what they name,
  // found by team when that team arrives; one inbox lock per team.
  "CREATE CONSTRAINT unresolved_key IF NOT EXISTS FOR (u:Unresolved) REQUIRE (u.team, u.kind, u.id) IS UNIQUE",
  "CREATE INDEX unresolved_team IF NOT EXISTS FOR (u:Unresolved) ON (u.team)",
  "CREATE CONSTRAINT inbox_key IF NOT EXISTS FOR (i:Inbox) REQUIRE i.id IS UNIQUE",
  // Handoff events (db/cypher/events.ts): one counter, events read in order from a number.
  "CREATE CONSTRAINT event_sequence_name IF NOT EXISTS FOR (s:EventSequence) REQUIRE s.name IS UNIQUE",
  "CREATE CONSTRAINT handoff_event_seq IF NOT EXISTS FOR (e:HandoffEvent) REQUIRE e.seq IS UNIQUE",
  "CREATE INDEX handoff_event_team IF NOT EXISTS FOR (e:HandoffEvent) ON (e.team, e.seq)",
  // SLA deadlines still to check (db/cypher/sla.ts): the watch seeks the passed ones.
  "CREATE INDEX handoff_sla_ack IF NOT EXISTS FOR (h:Handoff) ON (h.slaAckWatch)",
  "CREATE INDEX handoff_sla_next IF NOT EXISTS FOR (h:Handoff) ON (h.slaNextWatch)",
  // Webhook deliveries (db/cypher/webhooks.ts): one per receiver and event, found when due.
  "CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (d:WebhookDelivery) REQUIRE d.id IS UNIQUE",
  "CREATE CONSTRAINT webhook_cursor_hook IF NOT EXISTS FOR (c:WebhookCursor) REQUIRE c.hook IS UNIQUE",
  "CREATE INDEX webhook_delivery_due IF NOT EXISTS FOR (d:WebhookDelivery) ON (d.status, d.nextAttemptAt)",
  "CREATE CONSTRAINT teamversion_key IF NOT EXISTS FOR (v:TeamVersion) REQUIRE (v.team, v.number) IS UNIQUE",
  "CREATE INDEX teamversion_team IF NOT EXISTS FOR (v:TeamVersion) ON (v.team)",
];

export function ensureSchema(db: Db): Promise<void> {
  // The event counter (db/cypher/events.ts) exists before the first write needs it: created
  // there, its MERGE would run in every busy transaction.
  return db.applySchema([...SCHEMA_STATEMENTS, "CALL db.awaitIndexes(60)", `MERGE (s:EventSequence {name: "handoff"}) ON CREATE SET s.last = 0`]
    .map((text) => statement(text)));
}
