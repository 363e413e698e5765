import { defineRule, type Draft } from "../define.ts";
import type { GraphAgent, GraphDelegation, TeamGraph } from "../graph.ts";
import type { Severity } from "../types.ts";
import { listing, namer } from "../text.ts";
import { ofOwner, ownerIds } from "./agent-owner.ts";

/**
 * Jones' sorting: low error tolerance, or many tools with interdependent work, calls for
 * coordination; high tolerance, one tool and independent work allow delegation. Hybrid is
 * a deliberate middle and never a mismatch.
 */
export function delegationMismatch(f: GraphDelegation): { severity: Severity; reasons: string[] } | null {
  const coordinate = [
    ...(f.errorTolerance === "low" ? ["its error tolerance is low"] : []),
    ...(f.toolSpan === "multiple" && f.independence === "interdependent" ? ["it spans multiple tools and its work is interdependent"] : []),
  ];
  if (f.mode === "autonomous" && coordinate.length > 0) return { severity: "warning", reasons: coordinate };
  const delegable = f.errorTolerance === "high" && f.toolSpan === "single" && f.independence === "independent";
  if (f.mode === "coordinated" && delegable) {
    return { severity: "info", reasons: ["its error tolerance is high", "it uses a single tool", "its work is independent"] };
  }
  return null;
}

/** A task nobody sorted: the essay's step 5 ("sort your tasks") not yet taken for this agent. */
function unsorted(graph: TeamGraph, g: GraphAgent): Draft {
  return {
    severity: "info",
    subjectId: g.id,
    related: ownerIds(graph, g),
    message: `Agent ${namer(graph)(g)}${ofOwner(graph, g)} has no delegation factors: nobody has sorted whether it may run on its own or needs coordination`,
    remediation: `Add \`delegation\` to ${g.id}: its error tolerance (high or low), tool span (single or multiple), independence (independent or interdependent), and the mode the team chooses (autonomous, coordinated or hybrid).`,
    roles: ownerIds(graph, g),
    stages: [],
  };
}

export const delegationMismatchRule = defineRule({
  id: "delegation-mismatch",
  severity: "warning",
  subjectKind: "agent",
  summary: "An agent's delegation mode does not match its factors (autonomous where coordination is called for; coordinated where delegation is allowed, or no factors at all: info)",
  description: "An agent whose delegation mode does not match its factors: autonomous while its error tolerance is low or its work is interdependent with several tools (warning), or coordinated while all three factors allow delegation (info), or with no delegation factors at all: a task nobody sorted (info). Autonomy where coordination is called for lets mistakes travel unchecked.",
  help: "Default to coordination for anything with low error tolerance or cross-role dependencies; let an agent run autonomously only when its error tolerance is high, it uses one tool, and its work is independent.",
  check(graph) {
    const named = namer(graph);
    return graph.agents.flatMap((g) => {
      if (!g.delegation) return [unsorted(graph, g)];
      const mismatch = g.delegation ? delegationMismatch(g.delegation) : null;
      if (!mismatch) return [];
      const autonomous = mismatch.severity === "warning";
      return [{
        severity: mismatch.severity,
        subjectId: g.id,
        related: ownerIds(graph, g),
        message: autonomous
          ? `Agent ${named(g)} runs autonomously, but ${listing(mismatch.reasons)}: that calls for coordination`
          : `Agent ${named(g)} is coordinated, although ${listing(mismatch.reasons)}: it could run autonomously`,
        remediation: autonomous
          ? `Set ${g.id}'s delegation mode to coordinated (a person approves each run) or hybrid (a person reviews before its output is used).`
          : `Consider letting ${g.id} run autonomously with a review of its output, and spend the coordination where errors cost more.`,
        roles: ownerIds(graph, g),
        stages: [],
      }];
    });
  },
});
