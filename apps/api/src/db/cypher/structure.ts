import { statement, type Statement } from "./statement.ts";

/**
 * Each team and its latest version (number and import time): what changes when a team's
 * structure changes. Every import that changes a team writes a new version in its own
 * transaction (db/team-store.ts), a delete removes the team and its versions, and nothing
 * else writes roles, artifacts, flows or agents; handoffs and their events, most of the
 * writes of a running organisation, touch none of it. The import time tells a team deleted
 * and imported again, whose numbers start over, from the one before.
 */
export const teamStructures = (): Statement =>
  statement(`CYPHER replan=skip MATCH (t:Team) WHERE t.id = t.team
     RETURN t.id AS team, COLLECT { MATCH (v:TeamVersion {team: t.id})
       RETURN toString(v.number) + '@' + coalesce(toString(v.importedAt), '') ORDER BY v.number DESC LIMIT 1 }[0] AS version
     ORDER BY team`);
