import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTeamDocument, type Team } from "@rolegraph/schema";
import { Db } from "../apps/api/src/db/driver.ts";

export const ROOT = join(import.meta.dirname, "..");

/** A driver to the run's Neo4j (started by global-setup). */
export function testDb(): Db {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is not set: run the tests through vitest, whose global setup starts Neo4j");
  return new Db({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE ?? "neo4j" });
}

/** A seed file parsed, with its team id replaced so tests running side by side never collide. */
export function loadTeam(file: string, teamId?: string): Team {
  const result = parseTeamDocument(readFileSync(join(ROOT, file), "utf8"));
  if (!result.ok) throw new Error(`${file} is invalid: ${JSON.stringify(result.errors, null, 1)}`);
  return teamId ? { ...result.team, team: { ...result.team.team, id: teamId } } : result.team;
}

export function uniqueTeamId(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}
