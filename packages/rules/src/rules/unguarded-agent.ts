import { GUARDRAILS } from "@rolegraph/schema";
import { defineRule } from "../define.ts";
import { listing, namer, plural } from "../text.ts";
import { ofOwner, ownerIds } from "./agent-owner.ts";

export const unguardedAgent = defineRule({
  id: "unguarded-agent",
  severity: "error",
  subjectKind: "agent",
  summary: "An agent with write access lacks some of the five guardrails",
  description: "An agent with write access that lacks any of the five guardrails: blast radius defined, read broad and write narrow, irreversible by default, staged mutations, explicit confirmation of destructive actions. The finding lists the missing ones.",
  help: "An agent that writes needs all five constraints: blast radius defined, read broad / write narrow, irreversible by default, staged mutations, explicit confirmation of destructive actions.",
  check(graph) {
    const named = namer(graph);
    return graph.agents.flatMap((g) => {
      if (g.access !== "write") return [];
      const missing = GUARDRAILS.filter((x) => !g.guardrails.includes(x));
      if (missing.length === 0) return [];
      return [{
        subjectId: g.id,
        related: ownerIds(graph, g),
        message: `Agent ${named(g)}${ofOwner(graph, g)} has write access but lacks ${plural(missing.length, "guardrail")}: ${listing(missing)}`,
        remediation: `Put ${listing(missing)} in place for ${g.name} and list them under its guardrails, or take away its write access.`,
        roles: ownerIds(graph, g),
        stages: [],
      }];
    });
  },
});
