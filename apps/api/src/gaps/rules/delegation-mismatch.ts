import { AGENT_OWNER, L, listing, named, ownerOf, rows, type AgentOwner, type Named } from "../cypher.ts";
import type { Finding, Rule, Severity } from "../types.ts";

const QUERY = `
MATCH (g:${L.Agent} {team: $team})
WHERE g.mode IS NOT NULL
RETURN g.id AS id, g.name AS name, g.mode AS mode, g.errorTolerance AS errorTolerance,
       g.toolSpan AS toolSpan, g.independence AS independence, ${AGENT_OWNER}
ORDER BY id`;

export interface Factors {
  mode: string;
  errorTolerance: string;
  toolSpan: string;
  independence: string;
}

/**
 * Jones' sorting: low error tolerance, or many tools with interdependent work, calls for
 * coordination; high tolerance, one tool and independent work allow delegation. Hybrid is
 * a deliberate middle and never a mismatch.
 */
export function delegationMismatch(f: Factors): { severity: Severity; reasons: string[] } | null {
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

export const delegationMismatchRule: Rule = {
  id: "delegation-mismatch",
  severity: "warning",
  subjectKind: "agent",
  summary: "An agent's delegation mode does not match its factors (autonomous where coordination is called for; coordinated where delegation is allowed: info)",
  help: "Default to coordination for anything with low error tolerance or cross-role dependencies; let an agent run autonomously only when its error tolerance is high, it uses one tool, and its work is independent.",
  async run(ctx) {
    const found = await rows<Named & AgentOwner & Factors>(ctx, QUERY);
    return found.flatMap((g): Finding[] => {
      const mismatch = delegationMismatch(g);
      if (!mismatch) return [];
      const autonomous = mismatch.severity === "warning";
      return [{
        rule: "delegation-mismatch",
        severity: mismatch.severity,
        subjectKind: "agent",
        subjectId: g.id,
        related: ownerOf(g),
        message: autonomous
          ? `Agent ${named(g)} runs autonomously, but ${listing(mismatch.reasons)}: that calls for coordination`
          : `Agent ${named(g)} is coordinated, although ${listing(mismatch.reasons)}: it could run autonomously`,
        remediation: autonomous
          ? `Set ${g.id}'s delegation mode to coordinated (a person approves each run) or hybrid (a person reviews before its output is used).`
          : `Consider letting ${g.id} run autonomously with a review of its output, and spend the coordination where errors cost more.`,
        roles: ownerOf(g),
        stages: [],
      }];
    });
  },
};
