import { L, named, rows, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

// One finding per (artifact, producer, consumer): the earliest producing stage and the earliest
// later consuming stage describe the boundary. Flows without a stage are never handoffs, and
// use in the same stage is collaboration.
const QUERY = `
MATCH (p:${L.Role} {team: $team})-[pf:PRODUCES]->(a:${L.Artifact} {team: $team})<-[cf:CONSUMES]-(c:${L.Role} {team: $team})
WHERE p <> c AND pf.stage IS NOT NULL AND cf.stage IS NOT NULL
MATCH (ps:${L.Stage} {team: $team, id: pf.stage})
MATCH (cs:${L.Stage} {team: $team, id: cf.stage})
WHERE cs.order > ps.order
  AND NOT EXISTS {
    MATCH (k:${L.Contract} {team: $team})-[:FROM]->(p)
    WHERE EXISTS { (k)-[:TO]->(c) } AND EXISTS { (k)-[:CARRIES]->(a) }
  }
WITH a, p, c, ps, cs ORDER BY ps.order, cs.order
WITH a, p, c, head(collect({id: ps.id, name: ps.name})) AS fromStage, head(collect({id: cs.id, name: cs.name})) AS toStage
RETURN a.id AS id, a.name AS name, {id: p.id, name: p.name} AS producer, {id: c.id, name: c.name} AS consumer,
       fromStage, toStage,
       [(k:${L.Contract} {team: $team})-[:FROM]->(p) WHERE EXISTS { (k)-[:TO]->(c) } | k.id] AS contracts
ORDER BY id, producer.id, consumer.id`;

type Row = Named & { producer: Named; consumer: Named; fromStage: Named; toStage: Named; contracts: string[] };

export const uncontractedHandoff: Rule = {
  id: "uncontracted-handoff",
  severity: "warning",
  subjectKind: "artifact",
  summary: "An artifact crosses from one role to another in a later stage with no contract that carries it",
  help: "Every boundary is a compression step: write the handoff down as a contract from the producer to the consumer that carries the artifact, with gates that check what the consumer needs.",
  async run(ctx) {
    const found = await rows<Row>(ctx, QUERY);
    return found.map((h) => {
      const existing = [...h.contracts].sort();
      const fix = existing.length
        ? `Add ${h.id} to the carries of ${existing.join(" or ")} (already from ${h.producer.id} to ${h.consumer.id}), with a gate that checks it.`
        : `Add a contract from ${h.producer.id} to ${h.consumer.id} (boundary ${h.fromStage.id} -> ${h.toStage.id}) that carries ${h.id}, with gates that check what ${h.consumer.name ?? h.consumer.id} needs from it.`;
      return {
        rule: "uncontracted-handoff" as const,
        severity: "warning" as const,
        subjectKind: "artifact" as const,
        subjectId: h.id,
        related: [h.producer.id, h.consumer.id],
        message: `${named(h)} crosses from ${named(h.producer)} in ${h.fromStage.name ?? h.fromStage.id} to ${named(h.consumer)} in ${h.toStage.name ?? h.toStage.id} with no contract that carries it`,
        remediation: fix,
        roles: [h.producer.id, h.consumer.id],
        stages: [h.fromStage.id, h.toStage.id],
      };
    });
  },
};
