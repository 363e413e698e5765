import { between, CONTRACT_ENDS, endRoles, endStages, L, named, rows, type ContractEnds, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (k:${L.Contract} {team: $team})-[:REQUIRES]->(q:${L.Requirement} {team: $team})
WITH k, q ORDER BY q.order
WITH k, collect(q.field) AS fields
RETURN k.id AS id, k.name AS name, fields,
       [(k)-[:HAS_GATE]->(g:${L.Gate} {team: $team}) WHERE g.check IS NOT NULL | g.check] AS checks,
       ${CONTRACT_ENDS}
ORDER BY id`;

/** The required fields that no gate's check names (checks are stored as JSON text). */
export function uncheckedFields(fields: string[], checks: string[]): string[] {
  const checked = new Set<string>();
  for (const text of checks) {
    try {
      const check: unknown = JSON.parse(text);
      if (check && typeof check === "object" && "field" in check && typeof check.field === "string") checked.add(check.field);
    } catch {
      // A check that is not JSON checks nothing; import always writes JSON, so this is a foreign write.
    }
  }
  return fields.filter((f) => !checked.has(f));
}

export const uncheckedRequirement: Rule = {
  id: "unchecked-requirement",
  severity: "info",
  subjectKind: "contract",
  summary: "A contract requires a field that no gate checks",
  help: "A required field nobody checks can arrive empty of meaning: add a gate that checks it, or drop it from requires.",
  async run(ctx) {
    const found = await rows<Named & ContractEnds & { fields: string[]; checks: string[] }>(ctx, QUERY);
    return found.flatMap((k) => uncheckedFields(k.fields, k.checks).map((field) => ({
      rule: "unchecked-requirement" as const,
      severity: "info" as const,
      subjectKind: "contract" as const,
      subjectId: k.id,
      related: [field],
      message: `Contract ${named(k)} ${between(k)} requires '${field}', but no gate checks it`,
      remediation: `Add a gate that checks ${field} (at least \`check: { field: ${field}, present: true }\`), or drop it from requires if nobody needs it.`,
      roles: endRoles(k),
      stages: endStages(k),
    })));
  },
};
