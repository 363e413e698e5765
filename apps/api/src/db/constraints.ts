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
  "CREATE CONSTRAINT teamversion_key IF NOT EXISTS FOR (v:TeamVersion) REQUIRE (v.team, v.number) IS UNIQUE",
  "CREATE INDEX teamversion_team IF NOT EXISTS FOR (v:TeamVersion) ON (v.team)",
];

export function ensureSchema(db: Db): Promise<void> {
  return db.applySchema([...SCHEMA_STATEMENTS, "CALL db.awaitIndexes(60)"].map((text) => statement(text)));
}
