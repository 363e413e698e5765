import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDocumentError, parseTeamDocument } from "@rolegraph/schema";
import type { Db } from "./db/driver.ts";
import { listTeams } from "./db/team-store.ts";
import { importTeam } from "./services/import.ts";
import { recordTeamSource } from "./services/team-source.ts";

export const SEED_FILE = join(import.meta.dirname, "..", "..", "..", "seed", "dpos-data-team.yaml");

/** A first start shows something: the essay's team, when the graph has no team at all. */
export async function seedIfEmpty(db: Db): Promise<string | null> {
  if ((await listTeams(db)).length > 0) return null;
  const parsed = parseTeamDocument(readFileSync(SEED_FILE, "utf8"));
  if (!parsed.ok) throw new Error(`the seed file is invalid:\n${parsed.errors.map((e) => formatDocumentError(e, SEED_FILE)).join("\n")}`);
  await importTeam(db, parsed.team);
  // Its file in the repository: SARIF of the seeded team points there (report --format sarif).
  await recordTeamSource(db, parsed.team.team.id, "seed/dpos-data-team.yaml");
  return parsed.team.team.id;
}
