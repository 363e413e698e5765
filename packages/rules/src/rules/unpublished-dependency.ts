import { defineRule } from "../define.ts";
import { referencesOf, type Reference } from "../refs.ts";
import { ids, listing, namer } from "../text.ts";

/** One finding per artifact of another team, naming every role and agent of this team that takes it in. */
export const unpublishedDependency = defineRule({
  id: "unpublished-dependency",
  severity: "warning",
  subjectKind: "artifact",
  summary: "A role or agent takes in another team's artifact that its team has not published",
  description: "A role consumes another team's artifact that the producing team has not marked `published`. Unpublished artifacts are the producing team's own business: it may change or drop them without telling anyone, so the consuming team depends on something nobody promised it. The finding belongs to the consuming team, its subject the qualified id.",
  help: "Depend on another team's interface, not its internals: ask the producing team to mark the artifact `published: true`, or stop relying on it.",
  check(graph) {
    const named = namer(graph);
    const across = graph.across;
    if (!across) return [];
    const uses = new Map<string, Reference[]>();
    for (const r of referencesOf(graph)) {
      const target = across.resolved.get(r.ref);
      if (target?.kind !== "artifact" || target.published || (r.by.kind !== "role" && r.by.kind !== "agent")) continue;
      uses.set(r.ref, [...(uses.get(r.ref) ?? []), r]);
    }
    return [...uses].map(([ref, list]) => {
      const target = across.resolved.get(ref);
      const name = target?.name ?? ref;
      const team = target?.team ?? "";
      const agentNamed = (id: string) => named(graph.agents.find((g) => g.id === id) ?? { id });
      const who = [...new Set(list.map((u) => (u.by.kind === "agent" ? `agent ${agentNamed(u.by.id)}` : named(graph.index.role.get(u.by.id) ?? { id: u.by.id }))))];
      return {
        subjectId: ref,
        related: ids(list.map((u) => u.by.id)),
        message: `${name} is taken in by ${listing(who)}, but team ${team} has not published it: it can change or go without notice`,
        remediation: `Ask team ${team} to mark ${ref.slice(team.length + 1)} \`published: true\` if it is meant for other teams, or find what team ${team} publishes instead.`,
        roles: ids(list.map((u) => u.role)),
        stages: ids(list.map((u) => u.stage)),
      };
    });
  },
});
