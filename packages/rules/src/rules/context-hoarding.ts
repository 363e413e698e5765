import { defineRule } from "../define.ts";
import { all } from "../indexes.ts";
import { contextOf } from "../role-context.ts";
import { byId, ids, listing, namer, plural } from "../text.ts";

/**
 * A role "gives" through its own produces and through what its agents write; it, or another
 * role, "takes" by consuming or through one of its agents reading (contextOf).
 */
export const contextHoarding = defineRule({
  id: "context-hoarding",
  severity: "error",
  subjectKind: "role",
  summary: "A role consumes context but produces nothing another role consumes",
  description: "A role that consumes at least one artifact but produces nothing that another role consumes. Role OSes are bilateral contracts: a role that only takes leaves the team without the context it builds, and its work is invisible to everyone downstream.",
  help: "Role OSes are bilateral contracts: if you take, you give. Add to the role's produces what it learns that others need, and name the role that consumes it.",
  check(graph) {
    const named = namer(graph);
    const { artifact, flowsOf, agentsOf, consumersOf, readersOf } = graph.index;
    const takenByOther = (a: string, self: string) =>
      all(consumersOf, a).some((f) => f.role !== self) || all(readersOf, a).some((g) => g.role !== self)
      || (graph.across?.consumersOf.get(a)?.length ?? 0) > 0;
    return graph.roles.flatMap((r) => {
      const flows = all(flowsOf, r.id);
      const consumed = flows.filter((f) => f.kind === "consumes");
      const context = contextOf(graph, r.id);
      if (context.length === 0) return [];
      const produced = flows.filter((f) => f.kind === "produces");
      const outputs = [...produced.map((f) => f.artifact), ...all(agentsOf, r.id).flatMap((g) => g.outputs.filter((a) => artifact.has(a)))];
      if (outputs.some((a) => takenByOther(a, r.id))) return [];
      const taken = context.map((a) => artifact.get(a) ?? { id: a, name: a }).sort(byId);
      const names = produced.map((f) => artifact.get(f.artifact)?.name ?? f.artifact).sort();
      const gives = names.length === 0 ? "it produces nothing" : `what it produces (${listing(names)}) nobody else consumes`;
      return [{
        subjectId: r.id,
        related: taken.map((a) => a.id),
        message: `${named(r)} consumes ${plural(taken.length, "artifact")} (${listing(taken.map((a) => a.name))}) but nothing it produces is consumed by another role: ${gives}`,
        remediation: `Decide what ${r.name} knows that another role needs (what it hears, decides or measures), add it to its produces with a format and a cadence, and add it to that role's consumes.`,
        roles: [r.id],
        stages: ids(consumed.map((f) => f.stage)),
      }];
    });
  },
});
