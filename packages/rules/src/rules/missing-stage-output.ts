import { defineRule } from "../define.ts";
import { all } from "../indexes.ts";
import { namer } from "../text.ts";

export const missingStageOutput = defineRule({
  id: "missing-stage-output",
  severity: "warning",
  subjectKind: "stage",
  summary: "No role produces a stage's declared output",
  description: "A stage whose declared output artifact no role produces. The next stage starts from that output; when nobody produces it, the stage ends without the thing it exists to make.",
  help: "A stage's output is what the next stage starts from: add it to the produces of the role that leads the stage.",
  check(graph) {
    const named = namer(graph);
    const { artifact, producersOf } = graph.index;
    return graph.stages.flatMap((s) => {
      const output = s.output === undefined ? undefined : artifact.get(s.output);
      if (!output || all(producersOf, output.id).length > 0) return [];
      // The stage's leads own its output.
      const leads = graph.roles.filter((r) => r.engagement[s.id] === "lead").map((r) => r.id).sort();
      return [{
        subjectId: s.id,
        related: [output.id],
        message: `Stage ${named(s)} must yield ${named(output)}, but no role produces it`,
        remediation: `Add \`{ artifact: ${output.id}, stage: ${s.id} }\` to the produces of the role that leads ${s.name}${leads.length ? ` (${leads.join(", ")})` : ""}.`,
        roles: leads,
        stages: [s.id],
      }];
    });
  },
});
