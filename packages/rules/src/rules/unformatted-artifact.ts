import { defineRule } from "../define.ts";
import { all } from "../indexes.ts";
import { ids, listing, namer, sentence } from "../text.ts";

export const unformattedArtifact = defineRule({
  id: "unformatted-artifact",
  severity: "warning",
  subjectKind: "artifact",
  summary: "An artifact has no format, or a flow of it has no cadence",
  description: "An artifact without a format, or a produce or consume flow of it without a cadence. Outputs in no agreed format, arriving at no agreed rhythm, cannot be consumed by other roles or agents.",
  help: "If your outputs are not in formats others can consume, you have built a personal productivity tool: write down each artifact's format and each flow's cadence.",
  check(graph) {
    const named = namer(graph);
    const { role, producersOf, consumersOf } = graph.index;
    return graph.artifacts.flatMap((a) => {
      const made = all(producersOf, a.id);
      const flows = [...made, ...all(consumersOf, a.id)];
      const uncadenced = flows.filter((f) => f.cadence === undefined)
        .map((f) => ({ id: f.role, name: role.get(f.role)?.name ?? f.role, verb: f.kind }))
        .sort((x, y) => x.id.localeCompare(y.id) || x.verb.localeCompare(y.verb));
      const noFormat = a.format === undefined;
      if (!noFormat && uncadenced.length === 0) return [];
      const problems = [
        ...(noFormat ? ["it has no format"] : []),
        ...(uncadenced.length ? [`${listing(uncadenced.map((f) => `${named(f)} ${f.verb} it`))} with no cadence`] : []),
      ];
      const fixes = [
        ...(noFormat ? [`write down the format of ${a.id} (what it contains and in which form, e.g. "markdown: goals, bets, dates")`] : []),
        ...(uncadenced.length ? [`give a cadence to the ${uncadenced.map((f) => `${f.verb} flow of ${f.id}`).join(", ")}`] : []),
      ];
      return [{
        subjectId: a.id,
        related: ids(uncadenced.map((f) => f.id)),
        message: `${named(a)}: ${problems.join("; ")}`,
        remediation: `${sentence(fixes.join("; "))}.`,
        // Whoever produces it owns its format; a missing cadence is the flow's role's to set.
        roles: ids([...made.map((f) => f.role), ...uncadenced.map((f) => f.id)]),
        stages: ids(flows.map((f) => f.stage)),
      }];
    });
  },
});
