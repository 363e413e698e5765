import { ids, L, listing, named, rows, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (a:${L.Artifact} {team: $team})
WHERE NOT coalesce(a.external, false)
  AND NOT EXISTS { MATCH (a)<-[:PRODUCES]-(:${L.Role} {team: $team}) }
  AND NOT EXISTS { MATCH (a)<-[:WRITES]-(:${L.Agent} {team: $team}) }
WITH a,
  [(a)<-[c:CONSUMES]-(r:${L.Role} {team: $team}) | {id: r.id, name: r.name, stage: c.stage}] AS consumers,
  [(a)<-[:READS]-(g:${L.Agent} {team: $team}) | {id: g.id, name: g.name,
     owner: head([(g)<-[:OWNS]-(o:${L.Role} {team: $team}) | o.id])}] AS readers
WHERE size(consumers) + size(readers) > 0
RETURN a.id AS id, a.name AS name, consumers, readers
ORDER BY id`;

type Row = Named & { consumers: (Named & { stage: string | null })[]; readers: (Named & { owner: string | null })[] };

export const unsourcedInput: Rule = {
  id: "unsourced-input",
  severity: "error",
  subjectKind: "artifact",
  summary: "An artifact is consumed but nothing in the team produces it, and it is not marked external",
  help: "Give the artifact a producer (a role's produces or an agent's outputs), or mark it `external: true` when it comes from outside the team.",
  async run(ctx) {
    const found = await rows<Row>(ctx, QUERY);
    return found.map((a) => {
      const consumers = [...new Map(a.consumers.map((c) => [c.id, c])).values()].sort((x, y) => x.id.localeCompare(y.id));
      const readers = [...a.readers].sort((x, y) => x.id.localeCompare(y.id));
      const who = [
        ...(consumers.length ? [`consumed by ${listing(consumers.map(named))}`] : []),
        ...(readers.length ? [`read by agent ${listing(readers.map(named))}`] : []),
      ].join(" and ");
      return {
        rule: "unsourced-input" as const,
        severity: "error" as const,
        subjectKind: "artifact" as const,
        subjectId: a.id,
        related: ids([...consumers.map((c) => c.id), ...readers.map((r) => r.id)]),
        message: `${named(a)} is ${who}, but no role produces it, no agent outputs it, and it is not marked external`,
        remediation: `Add ${a.id} to the produces of the role that makes it, or mark it \`external: true\` if it comes from outside the team (customers, leadership, the market).`,
        roles: ids([...consumers.map((c) => c.id), ...readers.map((r) => r.owner)]),
        stages: ids(consumers.map((c) => c.stage)),
      };
    });
  },
};
