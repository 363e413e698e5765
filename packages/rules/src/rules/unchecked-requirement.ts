import { between, endRoles, endsOf, endStages } from "../contract-ends.ts";
import { defineRule } from "../define.ts";
import type { GraphContract } from "../graph.ts";
import { namer } from "../text.ts";

/** The required fields that no gate's check names, in the order they are required. */
export function uncheckedFields(k: Pick<GraphContract, "requires" | "gates">): string[] {
  const checked = new Set(k.gates.flatMap((g) => (g.checkField === undefined ? [] : [g.checkField])));
  return k.requires.filter((f) => !checked.has(f));
}

export const uncheckedRequirement = defineRule({
  id: "unchecked-requirement",
  severity: "info",
  subjectKind: "contract",
  summary: "A contract requires a field that no gate checks",
  description: "A field that a contract requires but no gate checks. A required field that nobody checks can arrive present but empty of meaning.",
  help: "A required field nobody checks can arrive empty of meaning: add a gate that checks it, or drop it from requires.",
  check(graph) {
    const named = namer(graph);
    return graph.contracts.flatMap((k) => {
      const ends = endsOf(graph, k);
      return uncheckedFields(k).map((field) => ({
        subjectId: k.id,
        related: [field],
        message: `Contract ${named(k)} ${between(graph, ends)} requires '${field}', but no gate checks it`,
        remediation: `Add a gate that checks ${field} (at least \`check: { field: ${field}, present: true }\`), or drop it from requires if nobody needs it.`,
        roles: endRoles(ends),
        stages: endStages(ends),
      }));
    });
  },
});
