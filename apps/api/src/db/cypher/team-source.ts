import { statement, type Statement } from "./statement.ts";

/**
 * Where a team was imported from: one (:TeamSource {team, path}) node per team, beside the
 * team's graph and not part of it (not an entity label: imports never diff it, and deleting
 * the team leaves it to be overwritten by the next import from a file). SARIF of a stored
 * team points its results into that file.
 */
export const recordTeamSource = (team: string, path: string): Statement =>
  statement("MERGE (s:TeamSource {team: $team}) SET s.path = $path, s.recordedAt = datetime()", { team, path });

export const readTeamSource = (team: string): Statement =>
  statement("MATCH (s:TeamSource {team: $team}) RETURN s.path AS path", { team });
