import { defineRule } from "../define.ts";
import { namer } from "../text.ts";
import { ofOwner, ownerIds } from "./agent-owner.ts";

/**
 * "Each agent has defined inputs, outputs, and oversight requirements." Without oversight
 * nobody reviews what the agent does; with write access that is how production data goes,
 * so a writer's missing oversight is an error.
 */
export const missingOversight = defineRule({
  id: "missing-oversight",
  severity: "warning",
  subjectKind: "agent",
  summary: "An agent has no oversight: nobody is named to review what it does (an error for an agent with write access)",
  description: "An agent with no `oversight`: nobody is named to review what it does. A warning for a read-only agent, an error for one with write access, whose mistakes change things before anyone looks.",
  help: "Define an agent's oversight before its capabilities: who reviews its output, when, and what they check before it is used.",
  check(graph) {
    const named = namer(graph);
    return graph.agents.filter((g) => g.oversight === undefined || g.oversight.trim() === "").map((g) => ({
      severity: g.access === "write" ? "error" as const : "warning" as const,
      subjectId: g.id,
      related: ownerIds(graph, g),
      message: `Agent ${named(g)}${ofOwner(graph, g)} has no oversight${g.access === "write" ? " and has write access" : ""}: nobody is named to review what it does`,
      remediation: `Add \`oversight\` to ${g.id}: who reviews its output and when (for example "the PM reviews before sharing"), and what a reviewer flags for a person to resolve.`,
      roles: ownerIds(graph, g),
      stages: [],
    }));
  },
});
