import { AGENT_OWNER, L, listing, named, ownerOf, rows, type AgentOwner, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (g:${L.Agent} {team: $team})
RETURN g.id AS id, g.name AS name, g.serviceLevel IS NOT NULL AS hasServiceLevel, g.auditTrail IS NOT NULL AS hasAuditTrail,
       [(g)-[:WRITES]->(a:${L.Artifact} {team: $team}) WHERE a.sourceOfTruth IS NULL | {id: a.id, name: a.name}] AS unsourced,
       ${AGENT_OWNER}
ORDER BY id`;

type Row = Named & AgentOwner & { hasServiceLevel: boolean; hasAuditTrail: boolean; unsourced: Named[] };

/** Winter-Tear's test: the four things a team names for a specialist; what it cannot name. */
export function missingSpecialistAnswers(g: Row): string[] {
  const unsourced = [...g.unsourced].sort((a, b) => a.id.localeCompare(b.id));
  return [
    ...(g.role?.owner ? [] : ["owner"]),
    ...unsourced.map((a) => `source of truth for ${named(a)}`),
    ...(g.hasServiceLevel ? [] : ["service level"]),
    ...(g.hasAuditTrail ? [] : ["audit trail"]),
  ];
}

export const copilotNotSpecialist: Rule = {
  id: "copilot-not-specialist",
  severity: "warning",
  subjectKind: "agent",
  summary: "The team cannot name an agent's owner, source of truth, service level and audit trail",
  help: "If you can name the workflow owner, the source of truth, the service level and the audit trail, you are building an agent specialist; if you cannot, you are building a copilot.",
  async run(ctx) {
    const found = await rows<Row>(ctx, QUERY);
    return found.flatMap((g) => {
      const missing = missingSpecialistAnswers(g);
      if (missing.length === 0) return [];
      const unsourced = g.unsourced.map((a) => a.id).sort();
      return [{
        rule: "copilot-not-specialist" as const,
        severity: "warning" as const,
        subjectKind: "agent" as const,
        subjectId: g.id,
        related: [...ownerOf(g), ...unsourced],
        message: `Agent ${named(g)} is a copilot, not a specialist: the team cannot name its ${listing(missing)}`,
        remediation: [
          ...(missing.includes("owner") ? [`give role ${g.role?.id ?? "(none)"} an owner`] : []),
          ...(unsourced.length ? [`set sourceOfTruth on ${listing(unsourced)}`] : []),
          ...(missing.includes("service level") ? [`add serviceLevel to ${g.id}`] : []),
          ...(missing.includes("audit trail") ? [`add auditTrail to ${g.id}`] : []),
        ].join("; ").replace(/^./, (c) => c.toUpperCase()) + ".",
        roles: ownerOf(g),
        stages: [],
      }];
    });
  },
};
