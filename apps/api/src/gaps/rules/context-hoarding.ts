import { ids, L, listing, named, plural, rows, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

// A role "gives" through its own produces and through what its agents write (the variable
// path is PRODUCES, or OWNS then WRITES); another role "takes" by consuming, or through one of
// its agents reading.
const QUERY = `
MATCH (r:${L.Role} {team: $team})-[c:CONSUMES]->(a:${L.Artifact} {team: $team})
WITH r, collect(DISTINCT {id: a.id, name: a.name}) AS taken, collect(DISTINCT c.stage) AS stages
WHERE NOT EXISTS {
  MATCH (r)-[:PRODUCES|OWNS|WRITES*1..2]->(out:${L.Artifact} {team: $team})
  WHERE EXISTS { MATCH (out)<-[:CONSUMES]-(other:${L.Role} {team: $team}) WHERE other <> r }
     OR EXISTS { MATCH (out)<-[:READS]-(:${L.Agent} {team: $team})<-[:OWNS]-(other:${L.Role} {team: $team}) WHERE other <> r }
}
RETURN r.id AS id, r.name AS name, taken, stages,
       [(r)-[:PRODUCES]->(p:${L.Artifact} {team: $team}) | p.name] AS produced
ORDER BY id`;

export const contextHoarding: Rule = {
  id: "context-hoarding",
  severity: "error",
  subjectKind: "role",
  summary: "A role consumes context but produces nothing another role consumes",
  help: "Role OSes are bilateral contracts: if you take, you give. Add to the role's produces what it learns that others need, and name the role that consumes it.",
  async run(ctx) {
    const found = await rows<Named & { taken: Named[]; stages: (string | null)[]; produced: string[] }>(ctx, QUERY);
    return found.map((r) => {
      const taken = [...r.taken].sort((a, b) => a.id.localeCompare(b.id));
      const gives = r.produced.length === 0 ? "it produces nothing" : `what it produces (${listing(r.produced.sort())}) nobody else consumes`;
      return {
        rule: "context-hoarding" as const,
        severity: "error" as const,
        subjectKind: "role" as const,
        subjectId: r.id,
        related: taken.map((a) => a.id),
        message: `${named(r)} consumes ${plural(taken.length, "artifact")} (${listing(taken.map((a) => a.name ?? a.id))}) but nothing it produces is consumed by another role: ${gives}`,
        remediation: `Decide what ${r.name ?? r.id} knows that another role needs (what it hears, decides or measures), add it to its produces with a format and a cadence, and add it to that role's consumes.`,
        roles: [r.id],
        stages: ids(r.stages),
      };
    });
  },
};
