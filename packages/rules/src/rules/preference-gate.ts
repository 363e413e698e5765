import { between, endRoles, endsOf, endStages } from "../contract-ends.ts";
import { defineRule } from "../define.ts";
import { namer } from "../text.ts";

export const preferenceGate = defineRule({
  id: "preference-gate",
  severity: "warning",
  subjectKind: "contract",
  summary: "A gate has no check: a preference that cannot be verified",
  description: "A gate with no check: a preference that cannot be verified. When a handoff is submitted such a gate passes or fails on opinion; constraints, not preferences, make a contract.",
  help: "Document constraints, not preferences: give the gate a check on a payload field (present, minItems, matches, atLeast, ...), or remove it.",
  check(graph) {
    const named = namer(graph);
    return graph.contracts.flatMap((k) => {
      const ends = endsOf(graph, k);
      return k.gates.filter((g) => !g.hasCheck).map((g) => ({
        subjectId: k.id,
        related: [g.id],
        message: `Gate '${g.id}' of contract ${named(k)} ${between(graph, ends)} ("${g.text}") has no check: a preference nobody can verify`,
        remediation: `Say what would make ${ends.toRole?.name ?? "the receiver"} answer "not yet" and check that field (e.g. \`check: { field: open_questions, maxItems: 0 }\`), or remove gate '${g.id}'.`,
        roles: endRoles(ends),
        stages: endStages(ends),
      }));
    });
  },
});
