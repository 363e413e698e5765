import { AGENT_OWNER, L, named, ownerOf, rows, type AgentOwner, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (g:${L.Agent} {team: $team})
WHERE g.blastRadius IS NULL
RETURN g.id AS id, g.name AS name, g.access AS access, ${AGENT_OWNER}
ORDER BY id`;

export const undefinedBlastRadius: Rule = {
  id: "undefined-blast-radius",
  severity: "error",
  subjectKind: "agent",
  summary: "An agent has no blast radius",
  help: "Define an agent's blast radius before its capabilities: what it can read, what it can change, and what it can never touch.",
  async run(ctx) {
    const found = await rows<Named & AgentOwner & { access: string | null }>(ctx, QUERY);
    return found.map((g) => ({
      rule: "undefined-blast-radius" as const,
      severity: "error" as const,
      subjectKind: "agent" as const,
      subjectId: g.id,
      related: ownerOf(g),
      message: `Agent ${named(g)}${g.role ? ` of ${named(g.role)}` : ""} (${g.access ?? "read-only"}) has no blast radius: nobody has written down what it can touch`,
      remediation: `Add \`blastRadius\` to ${g.id}: the systems it reads, the only places it writes, and what it must never change.`,
      roles: ownerOf(g),
      stages: [],
    }));
  },
};
