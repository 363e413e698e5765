import { defineRule } from "../define.ts";
import { all } from "../indexes.ts";
import { ids, listing, namer, rolesNamed } from "../text.ts";

/** Producers are the roles that produce the artifact and the owners of agents that write it; "another role" is any other. */
export const orphanOutput = defineRule({
  id: "orphan-output",
  severity: "warning",
  subjectKind: "artifact",
  summary: "An artifact is produced but no other role consumes it and no agent of another role reads it",
  description: "An artifact that is produced but consumed by no other role and read by no agent of another role. Work that feeds nobody costs time and tells the team nothing.",
  help: "Work that feeds nobody: find the role that needs it and add it to that role's consumes, or stop producing it.",
  check(graph) {
    const named = namer(graph);
    const { role, producersOf, writersOf, consumersOf, readersOf } = graph.index;
    return graph.artifacts.flatMap((a) => {
      const made = all(producersOf, a.id);
      const producerIds = new Set([...made.map((f) => f.role), ...all(writersOf, a.id).map((g) => g.role)]);
      if (producerIds.size === 0) return [];
      // A consumer in another team is a consumer (integration.md): a published report read only there feeds someone.
      const fed = all(consumersOf, a.id).some((f) => !producerIds.has(f.role)) || all(readersOf, a.id).some((g) => !producerIds.has(g.role))
        || (graph.across?.consumersOf.get(a.id)?.length ?? 0) > 0;
      if (fed) return [];
      const producers = rolesNamed(role, producerIds);
      return [{
        subjectId: a.id,
        related: producers.map((p) => p.id),
        message: `${named(a)} is produced by ${listing(producers.map(named))}, but no other role consumes it and no agent of another role reads it`,
        remediation: `Name the role that should act on ${a.name} and add it to that role's consumes (with the stage it is used in), or stop producing it.`,
        roles: producers.map((p) => p.id),
        stages: ids(made.map((f) => f.stage)),
      }];
    });
  },
});
