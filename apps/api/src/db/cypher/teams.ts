import { ENTITY_LABELS } from "../../graph/rows.ts";
import { name, statement, type Statement } from "./statement.ts";

/** Statements about whole teams: listing them, and what deleting one removes. */
export const listTeams = (): Statement => statement("MATCH (t:Team) RETURN t.id AS id, t.name AS name ORDER BY id");

/** Every label a team's nodes carry, handoffs, their events and versions included: what a delete removes. */
export const TEAM_LABELS = [...ENTITY_LABELS, "Handoff", "HandoffEvent", "TeamVersion"] as const;

/** The blast radius of deleting a team: its nodes (versions among them) and every relationship touching them. */
export const teamSize = (team: string): Statement =>
  statement(`MATCH (n {team: $team}) WHERE ${TEAM_LABELS.map((l) => `n:${name(l)}`).join(" OR ")}
       OPTIONAL MATCH (n)-[r]-() WITH count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships,
         count(DISTINCT CASE WHEN n:TeamVersion THEN n END) AS versions
       RETURN nodes, relationships, versions`, { team });

/** One statement per label, so each delete seeks the (team) index of its label. */
export const deleteTeamNodes = (team: string): Statement[] =>
  TEAM_LABELS.map((label) => statement(`MATCH (n:${name(label)} {team: $team}) DETACH DELETE n`, { team }));

/** The team's artifacts and roles that another team's node points at (cross-team references). */
export const referencedByOtherTeams = (team: string): Statement =>
  statement(`CALL () { MATCH (n:Artifact {team: $team}) RETURN n UNION MATCH (n:Role {team: $team}) RETURN n }
     WITH n WHERE EXISTS { MATCH (n)<--(s) WHERE s.team <> $team AND NOT s:Handoff }
     RETURN labels(n)[0] AS label, elementId(n) AS eid`, { team });
