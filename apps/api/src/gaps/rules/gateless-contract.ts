import { between, CONTRACT_ENDS, endRoles, endStages, L, named, rows, type ContractEnds, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (k:${L.Contract} {team: $team})
WHERE NOT EXISTS { MATCH (k)-[:HAS_GATE]->(:${L.Gate} {team: $team}) }
RETURN k.id AS id, k.name AS name, ${CONTRACT_ENDS}
ORDER BY id`;

export const gatelessContract: Rule = {
  id: "gateless-contract",
  severity: "error",
  subjectKind: "contract",
  summary: "A contract has no gates",
  help: "Handoffs without gates are just suggestions: add gates with checks for what the receiving role must get.",
  async run(ctx) {
    const found = await rows<Named & ContractEnds>(ctx, QUERY);
    return found.map((k) => ({
      rule: "gateless-contract" as const,
      severity: "error" as const,
      subjectKind: "contract" as const,
      subjectId: k.id,
      related: endRoles(k),
      message: `Contract ${named(k)} ${between(k)} has no gates: a suggestion, not a contract`,
      remediation: `Ask ${k.toRole?.name ?? "the receiving role"} what it must have to start, and add a gate per item with a check, e.g. \`{ id: scope, text: Scope stated, check: { field: scope, present: true } }\`.`,
      roles: endRoles(k),
      stages: endStages(k),
    }));
  },
};
