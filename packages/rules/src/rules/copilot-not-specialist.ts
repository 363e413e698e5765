import { defineRule } from "../define.ts";
import type { GraphAgent, TeamGraph } from "../graph.ts";
import { byId, listing, namer, sentence } from "../text.ts";
import { ownerIds, ownerOf } from "./agent-owner.ts";

/** The artifacts the agent writes that have no source of truth, by id. */
const unsourcedOutputs = (graph: TeamGraph, g: GraphAgent) =>
  g.outputs.flatMap((id) => {
    const a = graph.index.artifact.get(id);
    return a && a.sourceOfTruth === undefined ? [a] : [];
  }).sort(byId);

/** Winter-Tear's test: the four things a team names for a specialist; what it cannot name. */
export function missingSpecialistAnswers(graph: TeamGraph, g: GraphAgent): string[] {
  return [
    ...(ownerOf(graph, g)?.owner ? [] : ["owner"]),
    ...unsourcedOutputs(graph, g).map((a) => `source of truth for ${namer(graph)(a)}`),
    ...(g.serviceLevel !== undefined ? [] : ["service level"]),
    ...(g.auditTrail !== undefined ? [] : ["audit trail"]),
  ];
}

export const copilotNotSpecialist = defineRule({
  id: "copilot-not-specialist",
  severity: "warning",
  subjectKind: "agent",
  summary: "The team cannot name an agent's owner, source of truth, service level and audit trail",
  description: "An agent for which the team cannot name all four of: its owner (the role's owner), a source of truth for each output, a service level and an audit trail. Without them the agent is a personal copilot, not a specialist the team can rely on; the finding lists what is missing.",
  help: "If you can name the workflow owner, the source of truth, the service level and the audit trail, you are building an agent specialist; if you cannot, you are building a copilot.",
  check(graph) {
    const named = namer(graph);
    return graph.agents.flatMap((g) => {
      const missing = missingSpecialistAnswers(graph, g);
      if (missing.length === 0) return [];
      const unsourced = unsourcedOutputs(graph, g).map((a) => a.id).sort();
      return [{
        subjectId: g.id,
        related: [...ownerIds(graph, g), ...unsourced],
        message: `Agent ${named(g)} is a copilot, not a specialist: the team cannot name its ${listing(missing)}`,
        remediation: sentence([
          ...(missing.includes("owner") ? [`give role ${ownerOf(graph, g)?.id ?? "(none)"} an owner`] : []),
          ...(unsourced.length ? [`set sourceOfTruth on ${listing(unsourced)}`] : []),
          ...(missing.includes("service level") ? [`add serviceLevel to ${g.id}`] : []),
          ...(missing.includes("audit trail") ? [`add auditTrail to ${g.id}`] : []),
        ].join("; ")) + ".",
        roles: ownerIds(graph, g),
        stages: [],
      }];
    });
  },
});
