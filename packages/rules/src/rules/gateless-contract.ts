import { between, endRoles, endsOf, endStages } from "../contract-ends.ts";
import { defineRule } from "../define.ts";
import { namer } from "../text.ts";

export const gatelessContract = defineRule({
  id: "gateless-contract",
  severity: "error",
  subjectKind: "contract",
  summary: "A contract has no gates",
  description: "A contract with no gates. A handoff without gates is a suggestion: nothing says what the receiving role must get, so nothing can be checked when the work crosses the boundary.",
  help: "Handoffs without gates are just suggestions: add gates with checks for what the receiving role must get.",
  check(graph) {
    const named = namer(graph);
    return graph.contracts.filter((k) => k.gates.length === 0).map((k) => {
      const ends = endsOf(graph, k);
      return {
        subjectId: k.id,
        related: endRoles(ends),
        message: `Contract ${named(k)} ${between(graph, ends)} has no gates: a suggestion, not a contract`,
        remediation: `Ask ${ends.toRole?.name ?? "the receiving role"} what it must have to start, and add a gate per item with a check, e.g. \`{ id: scope, text: Scope stated, check: { field: scope, present: true } }\`.`,
        roles: endRoles(ends),
        stages: endStages(ends),
      };
    });
  },
});
