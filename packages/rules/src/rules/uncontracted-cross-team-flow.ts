import { defineRule } from "../define.ts";
import { listing, namer } from "../text.ts";

/**
 * One finding per (artifact of another team, consuming role). A team boundary is a handoff
 * whatever the stages, so unlike uncontracted-handoff no stage order is asked for. The
 * contract lives in the producing team's file (its `from` role's team), `to` this team's role.
 */
export const uncontractedCrossTeamFlow = defineRule({
  id: "uncontracted-cross-team-flow",
  severity: "warning",
  subjectKind: "artifact",
  summary: "An artifact produced in another team is consumed by a role here with no contract from a producer to that role carrying it",
  description: "An artifact produced in one team and consumed by a role of another team, with no contract from a producer of it to that role carrying it. A team boundary is a handoff whatever the stages: without a contract nobody checks that what crosses it is complete. The finding belongs to the consuming team.",
  help: "A team boundary is a handoff: the producing team adds a contract from a producer of the artifact to the consuming role (`to: team/role`) that carries it, with gates that check what the consumer needs.",
  check(graph) {
    const named = namer(graph);
    const across = graph.across;
    if (!across) return [];
    const team = graph.team.id;
    const seen = new Set<string>();
    return graph.flows.flatMap((f) => {
      const target = f.kind === "consumes" ? across.resolved.get(f.artifact) : undefined;
      const role = graph.index.role.get(f.role);
      if (target?.kind !== "artifact" || target.producers.length === 0 || !role || seen.has(`${f.artifact}|${f.role}`)) return [];
      seen.add(`${f.artifact}|${f.role}`);
      if (target.carriedTo.includes(`${team}/${f.role}`)) return [];
      const producers = target.producers.map((p) => ({ id: `${target.team}/${p.id}`, name: p.name }));
      return [{
        subjectId: f.artifact,
        related: [...producers.map((p) => p.id), f.role],
        message: `${target.name} crosses from team ${target.team} (${listing(producers.map(named))}) to ${named(role)} with no contract that carries it`,
        remediation: `Team ${target.team} adds a contract from ${producers[0]?.id ?? target.team} to ${team}/${f.role} that carries ${target.id}, with gates that check what ${role.name} needs from it.`,
        roles: [f.role],
        stages: f.stage ? [f.stage] : [],
      }];
    });
  },
});
