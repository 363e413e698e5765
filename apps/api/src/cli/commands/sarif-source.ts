import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Db } from "../../db/driver.ts";
import { DEFAULT_DOCS_URL, type SarifSource } from "../../gaps/format/sarif.ts";
import { teamYaml } from "./team-yaml.ts";

/**
 * A file as SARIF's artifactLocation names it: relative to the working directory (the
 * repository root in CI, where code scanning resolves it), with forward slashes; a file
 * outside the working directory as a file:// URI.
 */
export function repoPath(file: string, cwd = process.cwd()): string {
  const path = relative(cwd, resolve(cwd, file));
  if (path.startsWith("..") || isAbsolute(path)) return pathToFileURL(resolve(cwd, file)).href;
  return path.replace(/\\/g, "/");
}

/** Where a team that never came from a file (imported through GraphQL, seeded) is taken to live. */
export const defaultTeamFile = (teamId: string) => `teams/${teamId}.yaml`;

/** The rule reference SARIF links to: ROLEGRAPH_DOCS_URL where the docs are published. */
export const docsUrl = (env: NodeJS.ProcessEnv = process.env) => env.ROLEGRAPH_DOCS_URL || DEFAULT_DOCS_URL;

/**
 * Where a stored team's findings point: `--source FILE`, else the file it was last imported
 * from (`rolegraph import` records it), else teams/<id>.yaml. Lines come from that file when
 * it is there, else from the team as `rolegraph export` writes it (what that path would hold).
 */
export async function storedTeamSource(db: Db, teamId: string, given?: string, cwd = process.cwd()): Promise<SarifSource> {
  // The services load here, not with this file: `lint FILE` uses repoPath and docsUrl with no graph.
  const [{ teamSource }, { exportTeam }] = await Promise.all([import("../../services/team-source.ts"), import("../../services/teams.ts")]);
  const file = given ? repoPath(given, cwd) : ((await teamSource(db, teamId)) ?? defaultTeamFile(teamId));
  const local = file.startsWith("file:") ? new URL(file) : resolve(cwd, file);
  if (existsSync(local)) return { file, text: readFileSync(local, "utf8"), docsUrl: docsUrl() };
  const doc = await exportTeam(db, teamId);
  return { file, ...(doc ? { text: teamYaml(doc, file, cwd) } : {}), docsUrl: docsUrl() };
}
