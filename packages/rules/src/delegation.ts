import type { GraphDelegation } from "./graph.ts";

export type DelegationMode = "autonomous" | "coordinated" | "hybrid";

/**
 * Jones' sorting framework, as the essay applies it: high error tolerance, a single tool and
 * self-contained work is delegated and verified after (the Market Scanner: autonomous); work
 * whose pieces shape each other, where correctness is non-negotiable or many tools are
 * involved, is coordinated with contracts (the Pitch Shaper); anything between is hybrid:
 * the agent runs and a person reviews before its output is used (the Feedback River:
 * "autonomous collection, coordinated interpretation"). Only the three factors count, never
 * the mode the team chose: the answer is what the team's choice is compared with.
 */
export function recommendedMode(f: Pick<GraphDelegation, "errorTolerance" | "toolSpan" | "independence">): DelegationMode {
  if (f.errorTolerance === "high" && f.toolSpan === "single" && f.independence === "independent") return "autonomous";
  if (f.independence === "interdependent" && (f.errorTolerance === "low" || f.toolSpan === "multiple")) return "coordinated";
  return "hybrid";
}
