import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { formatDocumentError, parseTeamDocument } from "@rolegraph/schema";
import type { Db } from "./db/driver.ts";
import { listTeams } from "./db/team-store.ts";
import { seedHistory } from "./seed-history.ts";
import { importTeam } from "./services/import.ts";
import { recordTeamSource } from "./services/team-source.ts";

const SEED_DIR = join(import.meta.dirname, "..", "..", "..", "seed");
export const SEED_FILE = join(SEED_DIR, "dpos-data-team.yaml");
/** The example organisation: teams that consume each other's published context (integration.md). */
export const ORG_DIR = join(SEED_DIR, "examples", "org");
export const orgSeedFiles = (): string[] => (existsSync(ORG_DIR) ? readdirSync(ORG_DIR) : []).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(ORG_DIR, f));

/**
 * A first start shows something: the essay's team, with a few days of handoffs behind it
 * (seed-history.ts), and the example organisation beside it, when the graph has no team at
 * all. Returns the essay team's id.
 */
export async function seedIfEmpty(db: Db, now = new Date()): Promise<string | null> {
  if ((await listTeams(db)).length > 0) return null;
  let first: string | null = null;
  for (const file of [SEED_FILE, ...orgSeedFiles()]) {
    const text = readFileSync(file, "utf8");
    const parsed = parseTeamDocument(text);
    if (!parsed.ok) throw new Error(`the seed file is invalid:\n${parsed.errors.map((e) => formatDocumentError(e, file)).join("\n")}`);
    await importTeam(db, parsed.team, { document: text, importedBy: "seed" });
    // Its file in the repository: SARIF of a seeded team points there (report --format sarif).
    await recordTeamSource(db, parsed.team.team.id, `seed/${relative(SEED_DIR, file)}`);
    first ??= parsed.team.team.id;
  }
  if (first !== null) await seedHistory(db, first, now);
  return first;
}
