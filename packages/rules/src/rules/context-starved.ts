import { defineRule } from "../define.ts";
import { contextOf, distancesOf } from "../role-context.ts";
import { byId, listing, namer, plural } from "../text.ts";

/**
 * The far end of the compression chain: a role whose context, followed back through whoever
 * produces it and what they consume, never reaches anything from outside the team. It works
 * on what the team tells itself. Its agents' inputs count (contextOf), so a role whose agent
 * reads the customers is not starved.
 */
export const contextStarved = defineRule({
  id: "context-starved",
  severity: "warning",
  subjectKind: "role",
  summary: "A role consumes context, but none of it traces back to any input from outside the team",
  description: "A role that consumes something, but none of whose context (its own inputs or its agents' inputs), followed back through producers and their inputs, reaches any external input. It works without any evidence from outside the team: every decision it makes rests on the team's own assumptions.",
  help: "Give the role a path to evidence: an external input of its own (customers, the market, leadership), or an input from a role that has one.",
  check(graph) {
    const named = namer(graph);
    const reached = distancesOf(graph);
    const { artifact } = graph.index;
    return graph.roles.flatMap((r) => {
      const context = contextOf(graph, r.id);
      if (context.length === 0 || reached.has(r.id)) return [];
      const taken = context.map((a) => artifact.get(a) ?? { id: a, name: a }).sort(byId);
      return [{
        subjectId: r.id,
        related: taken.map((a) => a.id),
        message: `${named(r)} consumes ${plural(taken.length, "artifact")} (${listing(taken.map((a) => a.name))}), but none of it traces back to an input from outside the team: it works without outside evidence`,
        remediation: `Connect ${r.name} to evidence: add an external input (customer interviews, usage data, market signals) to its consumes or one of its agents' inputs, or have it consume a summary from a role that has one.`,
        roles: [r.id],
        stages: [],
      }];
    });
  },
});
