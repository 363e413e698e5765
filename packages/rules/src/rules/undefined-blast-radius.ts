import { defineRule } from "../define.ts";
import { namer } from "../text.ts";
import { ofOwner, ownerIds } from "./agent-owner.ts";

export const undefinedBlastRadius = defineRule({
  id: "undefined-blast-radius",
  severity: "error",
  subjectKind: "agent",
  summary: "An agent has no blast radius",
  description: "An agent with no blast radius: nothing says what it can read, what it can change and what it must never touch. The blast radius comes before the capabilities.",
  help: "Define an agent's blast radius before its capabilities: what it can read, what it can change, and what it can never touch.",
  check(graph) {
    const named = namer(graph);
    return graph.agents.filter((g) => g.blastRadius === undefined).map((g) => ({
      subjectId: g.id,
      related: ownerIds(graph, g),
      message: `Agent ${named(g)}${ofOwner(graph, g)} (${g.access}) has no blast radius: nobody has written down what it can touch`,
      remediation: `Add \`blastRadius\` to ${g.id}: the systems it reads, the only places it writes, and what it must never change.`,
      roles: ownerIds(graph, g),
      stages: [],
    }));
  },
});
