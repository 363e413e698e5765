import { GUARDRAILS } from "@rolegraph/schema";
import { AGENT_OWNER, L, listing, named, ownerOf, plural, rows, type AgentOwner, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (g:${L.Agent} {team: $team})
WHERE g.access = 'write'
WITH g, [x IN $guardrails WHERE NOT x IN coalesce(g.guardrails, [])] AS missing
WHERE size(missing) > 0
RETURN g.id AS id, g.name AS name, missing, ${AGENT_OWNER}
ORDER BY id`;

export const unguardedAgent: Rule = {
  id: "unguarded-agent",
  severity: "error",
  subjectKind: "agent",
  summary: "An agent with write access lacks some of the five guardrails",
  help: "An agent that writes needs all five constraints: blast radius defined, read broad / write narrow, irreversible by default, staged mutations, explicit confirmation of destructive actions.",
  async run(ctx) {
    const found = await rows<Named & AgentOwner & { missing: string[] }>(ctx, QUERY, { guardrails: [...GUARDRAILS] });
    return found.map((g) => ({
      rule: "unguarded-agent" as const,
      severity: "error" as const,
      subjectKind: "agent" as const,
      subjectId: g.id,
      related: ownerOf(g),
      message: `Agent ${named(g)}${g.role ? ` of ${named(g.role)}` : ""} has write access but lacks ${plural(g.missing.length, "guardrail")}: ${listing(g.missing)}`,
      remediation: `Put ${listing(g.missing)} in place for ${g.name ?? g.id} and list them under its guardrails, or take away its write access.`,
      roles: ownerOf(g),
      stages: [],
    }));
  },
};
