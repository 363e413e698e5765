import { ids, L, listing, named, rows, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

// Producers are the roles that produce the artifact and the owners of agents that write it;
// "another role" is any role that is not one of them.
const QUERY = `
MATCH (a:${L.Artifact} {team: $team})
WITH a,
  [(a)<-[:PRODUCES]-(p:${L.Role} {team: $team}) | {id: p.id, name: p.name}] +
  [(a)<-[:WRITES]-(:${L.Agent} {team: $team})<-[:OWNS]-(p:${L.Role} {team: $team}) | {id: p.id, name: p.name}] AS producers
WHERE size(producers) > 0
WITH a, producers, [p IN producers | p.id] AS producerIds
WHERE NOT EXISTS { MATCH (a)<-[:CONSUMES]-(c:${L.Role} {team: $team}) WHERE NOT c.id IN producerIds }
  AND NOT EXISTS { MATCH (a)<-[:READS]-(:${L.Agent} {team: $team})<-[:OWNS]-(c:${L.Role} {team: $team}) WHERE NOT c.id IN producerIds }
RETURN a.id AS id, a.name AS name, producers,
       [(a)<-[f:PRODUCES]-(:${L.Role} {team: $team}) | f.stage] AS stages
ORDER BY id`;

export const orphanOutput: Rule = {
  id: "orphan-output",
  severity: "warning",
  subjectKind: "artifact",
  summary: "An artifact is produced but no other role consumes it and no agent of another role reads it",
  help: "Work that feeds nobody: find the role that needs it and add it to that role's consumes, or stop producing it.",
  async run(ctx) {
    const found = await rows<Named & { producers: Named[]; stages: (string | null)[] }>(ctx, QUERY);
    return found.map((a) => {
      const producers = [...new Map(a.producers.map((p) => [p.id, p])).values()].sort((x, y) => x.id.localeCompare(y.id));
      return {
        rule: "orphan-output" as const,
        severity: "warning" as const,
        subjectKind: "artifact" as const,
        subjectId: a.id,
        related: producers.map((p) => p.id),
        message: `${named(a)} is produced by ${listing(producers.map(named))}, but no other role consumes it and no agent of another role reads it`,
        remediation: `Name the role that should act on ${a.name ?? a.id} and add it to that role's consumes (with the stage it is used in), or stop producing it.`,
        roles: producers.map((p) => p.id),
        stages: ids(a.stages),
      };
    });
  },
};
