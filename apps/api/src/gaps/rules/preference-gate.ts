import { between, CONTRACT_ENDS, endRoles, endStages, L, named, rows, type ContractEnds, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (k:${L.Contract} {team: $team})-[:HAS_GATE]->(g:${L.Gate} {team: $team})
WHERE g.check IS NULL
RETURN k.id AS id, k.name AS name, g.gateId AS gate, g.text AS text, ${CONTRACT_ENDS}
ORDER BY id, g.order`;

export const preferenceGate: Rule = {
  id: "preference-gate",
  severity: "warning",
  subjectKind: "contract",
  summary: "A gate has no check: a preference that cannot be verified",
  help: "Document constraints, not preferences: give the gate a check on a payload field (present, minItems, matches, atLeast, ...), or remove it.",
  async run(ctx) {
    const found = await rows<Named & ContractEnds & { gate: string; text: string }>(ctx, QUERY);
    return found.map((k) => ({
      rule: "preference-gate" as const,
      severity: "warning" as const,
      subjectKind: "contract" as const,
      subjectId: k.id,
      related: [k.gate],
      message: `Gate '${k.gate}' of contract ${named(k)} ${between(k)} ("${k.text}") has no check: a preference nobody can verify`,
      remediation: `Say what would make ${k.toRole?.name ?? "the receiver"} answer "not yet" and check that field (e.g. \`check: { field: open_questions, maxItems: 0 }\`), or remove gate '${k.gate}'.`,
      roles: endRoles(k),
      stages: endStages(k),
    }));
  },
};
