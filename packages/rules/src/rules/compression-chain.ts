import { defineRule } from "../define.ts";
import { distancesOf } from "../role-context.ts";
import type { Severity } from "../types.ts";
import { namer } from "../text.ts";

/** Informative from two boundaries; a warning past three (McEntire: each boundary costs accuracy). */
export function chainSeverity(distance: number): Severity | null {
  if (distance >= 4) return "warning";
  if (distance >= 2) return "info";
  return null;
}

export const compressionChain = defineRule({
  id: "compression-chain",
  severity: "info",
  subjectKind: "role",
  summary: "Context from outside the team reaches a role only through a chain of handoffs (info from 2 boundaries, warning past 3)",
  description: "For every role, the fewest role-to-role boundaries that context from an external input (customer interviews, market data) must cross to reach it, and the chain itself. Each boundary is a compression step that loses context: a role two boundaries away works from a summary of a summary. Info from 2 boundaries, warning past 3.",
  help: "Every boundary is a compression step that loses context: give the role a direct line to the source (a summary written for it, a seat in discovery), or make each boundary carry the why in a checked contract.",
  check(graph) {
    const named = namer(graph);
    const { role, artifact } = graph.index;
    const roleName = (id: string) => role.get(id)?.name ?? id;
    const artifactName = (id: string) => artifact.get(id)?.name ?? id;
    // A role's agents' inputs are its own context (roleFlows): reading the source through an agent is no boundary.
    return [...distancesOf(graph).values()].flatMap((d) => {
      const severity = chainSeverity(d.distance);
      if (!severity) return [];
      // Across teams the names come with the distances (other teams' roles are not in this index).
      const chainNames = d.chainNames ?? d.chain.map(roleName);
      const viaNames = d.viaNames ?? d.via.map(artifactName);
      const path = chainNames.flatMap((r, i) => [viaNames[i] ?? "", r]).join(" -> ");
      const subject = { id: d.role, name: roleName(d.role) };
      return [{
        severity,
        subjectId: d.role,
        related: d.chain.slice(0, -1),
        message: `${named(subject)} gets context from outside the team only across ${d.distance} boundaries: ${path}`,
        remediation: `Shorten the chain for ${subject.name}: give it a direct input from ${chainNames[0] ?? ""} or from ${viaNames[0] ?? ""} (a summary written for it: the why, not only the what), or make each boundary on the way carry that context in a contract whose gates check it.`,
        chain: d.chain,
        roles: [d.role],
        stages: [],
      }];
    });
  },
});
