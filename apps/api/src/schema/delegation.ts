import { recommendedMode } from "@rolegraph/rules";
import { builder } from "../builder.ts";
import type { AgentRow } from "../db/entities.ts";
import { Agent } from "./agent.ts";

interface DelegationShape {
  errorTolerance: string;
  toolSpan: string;
  independence: string;
  mode: string;
}

const Delegation = builder.objectRef<DelegationShape>("Delegation").implement({
  description: "Jones' three sorting factors of an agent's task, the mode the team chose, and the mode the factors call for",
  fields: (t) => ({
    errorTolerance: t.exposeString("errorTolerance", { description: "high (mistakes are cheap to fix) or low (correctness is non-negotiable)" }),
    toolSpan: t.exposeString("toolSpan", { description: "single (one tool or environment) or multiple (tools, integrations)" }),
    independence: t.exposeString("independence", { description: "independent (self-contained) or interdependent (pieces shape each other)" }),
    mode: t.exposeString("mode", { description: "The mode the team chose: autonomous, coordinated or hybrid" }),
    recommended: t.string({
      description: "The mode the essay's sorting framework gives for these factors: autonomous (high tolerance, one tool, independent), coordinated (interdependent, and low tolerance or many tools), else hybrid (docs/gap-report.md)",
      resolve: (d) => recommendedMode(d),
    }),
  }),
});

/** Null when the team has not sorted the agent's task (no factors): delegation-mismatch reports that. */
function delegationOf(a: AgentRow): DelegationShape | null {
  if (!a.errorTolerance || !a.toolSpan || !a.independence || !a.mode) return null;
  return { errorTolerance: a.errorTolerance, toolSpan: a.toolSpan, independence: a.independence, mode: a.mode };
}

builder.objectField(Agent, "delegation", (t) =>
  t.field({
    type: Delegation,
    nullable: true,
    description: "The agent's delegation factors and mode, with the recommended mode; null when nobody has sorted its task",
    resolve: (a) => delegationOf(a),
  }));
