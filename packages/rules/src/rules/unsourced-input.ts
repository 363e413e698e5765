import { defineRule } from "../define.ts";
import { all } from "../indexes.ts";
import { byId, ids, listing, namer, rolesNamed } from "../text.ts";

export const unsourcedInput = defineRule({
  id: "unsourced-input",
  severity: "error",
  subjectKind: "artifact",
  summary: "An artifact is consumed but nothing in the team produces it, and it is not marked external",
  description: "An artifact that a role or agent consumes, that no role produces and no agent outputs, and that is not marked external. The consumer depends on something the team never makes and does not know it gets from outside.",
  help: "Give the artifact a producer (a role's produces or an agent's outputs), or mark it `external: true` when it comes from outside the team.",
  check(graph) {
    const named = namer(graph);
    const { role, producersOf, writersOf, consumersOf, readersOf } = graph.index;
    return graph.artifacts.flatMap((a) => {
      if (a.external || all(producersOf, a.id).length > 0 || all(writersOf, a.id).length > 0) return [];
      const flows = all(consumersOf, a.id);
      const readers = [...all(readersOf, a.id)].sort(byId);
      // Another team's consumer makes it an input too (integration.md); named `team/role`.
      const foreign = graph.across?.consumersOf.get(a.id) ?? [];
      if (flows.length + readers.length + foreign.length === 0) return [];
      const consumers = rolesNamed(role, flows.map((f) => f.role));
      const elsewhere = [...new Map(foreign.map((c) => [`${c.team}/${c.role}`, { id: `${c.team}/${c.role}`, name: c.roleName }])).values()].sort(byId);
      const who = [
        ...(consumers.length ? [`consumed by ${listing(consumers.map(named))}`] : []),
        ...(readers.length ? [`read by agent ${listing(readers.map(named))}`] : []),
        ...(elsewhere.length ? [`taken in by ${listing(elsewhere.map(named))} in other teams`] : []),
      ].join(" and ");
      return [{
        subjectId: a.id,
        related: ids([...consumers.map((c) => c.id), ...readers.map((r) => r.id), ...elsewhere.map((c) => c.id)]),
        message: `${named(a)} is ${who}, but no role produces it, no agent outputs it, and it is not marked external`,
        remediation: `Add ${a.id} to the produces of the role that makes it, or mark it \`external: true\` if it comes from outside the team (customers, leadership, the market).`,
        roles: ids([...consumers.map((c) => c.id), ...readers.map((r) => r.role)]),
        stages: ids(flows.map((f) => f.stage)),
      }];
    });
  },
});
