import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDocumentError, parseTeamDocument } from "@rolegraph/schema";
import type { Db } from "./db/driver.ts";
import { listTeams } from "./db/team-store.ts";
import { seedHistory } from "./seed-history.ts";
import { importTeam } from "./services/import.ts";

export const SEED_FILE = join(import.meta.dirname, "..", "..", "..", "seed", "dpos-data-team.yaml");

/**
 * A first start shows something: the essay's team, when the graph has no team at all, with
 * a few days of handoffs behind it (seed-history.ts).
 */
export async function seedIfEmpty(db: Db, now = new Date()): Promise<string | null> {
  if ((await listTeams(db)).length > 0) return null;
  const parsed = parseTeamDocument(readFileSync(SEED_FILE, "utf8"));
  if (!parsed.ok) throw new Error(`the seed file is invalid:\n${parsed.errors.map((e) => formatDocumentError(e, SEED_FILE)).join("\n")}`);
  await importTeam(db, parsed.team);
  await seedHistory(db, parsed.team.team.id, now);
  return parsed.team.team.id;
}
