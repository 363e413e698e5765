import { defineRule } from "../define.ts";
import { all } from "../indexes.ts";
import { byId, listing, namer, plural } from "../text.ts";

/**
 * "Most teams start with agents. Wrong order. Start with handoffs, end with agents." A role
 * with agents and no contract in or out built its agents first: informative, as the order is
 * advice, but the agents' outputs reach the team through handoffs nobody checks.
 */
export const agentsBeforeHandoffs = defineRule({
  id: "agents-before-handoffs",
  severity: "info",
  subjectKind: "role",
  summary: "A role has agents but no contract in or out (start with handoffs, end with agents)",
  description: "A role that has agents but no contract in or out. The essay's order is \"start with handoffs, end with agents\": agents multiply whatever a role does, and without a checkable handoff nobody knows whether what they produce reaches the next role complete.",
  help: "Identify the role's key handoff (where context loss hurts most) and make it a checkable contract before adding more agents.",
  check(graph) {
    const named = namer(graph);
    const { agentsOf, contractsFrom } = graph.index;
    const receiving = new Set(graph.contracts.map((k) => k.to));
    return graph.roles.flatMap((r) => {
      const agents = [...all(agentsOf, r.id)].sort(byId);
      if (agents.length === 0 || all(contractsFrom, r.id).length > 0 || receiving.has(r.id)) return [];
      return [{
        subjectId: r.id,
        related: agents.map((g) => g.id),
        message: `${named(r)} has ${plural(agents.length, "agent")} (${listing(agents.map((g) => g.name))}) but no handoff contract in or out: it built agents before handoffs`,
        remediation: `Pick ${r.name}'s handoff where context loss hurts most (what it gives, or what it needs) and write it as a contract with checkable gates before adding agents.`,
        roles: [r.id],
        stages: [],
      }];
    });
  },
});
