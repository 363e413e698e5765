import { defineRule } from "../define.ts";
import { parseRef, referencesOf, type Reference } from "../refs.ts";
import type { TeamGraph } from "../graph.ts";
import { ids, listing, namer } from "../text.ts";

const WHERE: Record<Reference["by"]["kind"], string> = {
  role: "consumed by role", agent: "read by agent", contract: "the `to` of contract", workflow: "read in workflow", artifact: "derived from by artifact",
};

/** What wrote the reference, by its name: the reference itself is all there is of its target. */
function writerOf(graph: TeamGraph, by: Reference["by"]): string {
  const { role, contract, artifact } = graph.index;
  const thing = by.kind === "role" ? role.get(by.id)
    : by.kind === "agent" ? graph.agents.find((g) => g.id === by.id)
    : by.kind === "contract" ? contract.get(by.id)
    : by.kind === "artifact" ? artifact.get(by.id)
    : graph.workflows.find((w) => w.id === by.id);
  return namer(graph)(thing ?? { id: by.id });
}

/**
 * One finding per reference as written, however many places use it: the reference is the
 * gap, and a team that fixes it fixes them all. Silent for a team checked alone (no
 * `across`): without the graph nothing can be said about another team.
 */
export const unresolvedReference = defineRule({
  id: "unresolved-reference",
  severity: "error",
  subjectKind: "artifact",
  summary: "A qualified reference (team/id) names an artifact or role that is not in the graph",
  description: "A qualified reference (`TEAM/ID`) in a team's file that names an artifact or role not in the graph: the other team is not imported yet, or removed or renamed what it named. Reported once per reference as written, in the referencing team. A flow whose source nobody can find is context the team believes it has and does not.",
  help: "Import the other team's file, or correct the reference to the id that team uses; if that team removed or renamed it, agree on its replacement with them.",
  check(graph) {
    const across = graph.across;
    if (!across) return [];
    const byRef = new Map<string, Reference[]>();
    for (const r of referencesOf(graph)) {
      if (across.resolved.get(r.ref) !== null) continue;
      byRef.set(r.ref, [...(byRef.get(r.ref) ?? []), r]);
    }
    return [...byRef].map(([ref, uses]) => {
      const target = parseRef(ref);
      const team = target?.team ?? "";
      const what = uses[0]?.kind === "role" ? "role" : "artifact";
      const why = across.teams.has(team) ? `team ${team} has no ${what} '${target?.id ?? ref}'` : `team ${team} is not in the graph`;
      const where = [...new Set(uses.map((u) => `${WHERE[u.by.kind]} ${writerOf(graph, u.by)}`))];
      return {
        subjectId: ref,
        related: ids(uses.map((u) => u.by.id)),
        message: `${ref} (${listing(where)}) resolves to nothing: ${why}`,
        remediation: across.teams.has(team)
          ? `Correct ${ref} to the id team ${team} uses for it, or ask team ${team} whether it removed or renamed it and what replaces it.`
          : `Import team ${team}'s file (the reference resolves by itself, no re-import of ${graph.team.id} needed), or correct the team id in ${ref}.`,
        roles: ids(uses.map((u) => u.role)),
        stages: ids(uses.map((u) => u.stage)),
      };
    });
  },
});
