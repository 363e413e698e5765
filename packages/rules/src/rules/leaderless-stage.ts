import { defineRule } from "../define.ts";
import { byId, listing, namer } from "../text.ts";

export const leaderlessStage = defineRule({
  id: "leaderless-stage",
  severity: "error",
  subjectKind: "stage",
  summary: "No role leads a stage",
  description: "A stage in which no role is engaged as lead. Nobody answers the stage's question or owns its output, so decisions made there have no owner.",
  help: "Every stage needs one role engaged as `lead`: the role that answers the stage's question and owns its output.",
  check(graph) {
    const named = namer(graph);
    return graph.stages.flatMap((s) => {
      const engaged = graph.roles.flatMap((r) => {
        const engagement = r.engagement[s.id];
        return engagement ? [{ id: r.id, name: r.name, engagement }] : [];
      }).sort(byId);
      if (engaged.some((r) => r.engagement === "lead")) return [];
      const who = engaged.length === 0
        ? "no role is engaged in it at all"
        : `${listing(engaged.map((r) => `${named(r)} (${r.engagement})`))} ${engaged.length === 1 ? "is" : "are"} engaged, none as lead`;
      return [{
        subjectId: s.id,
        related: engaged.map((r) => r.id),
        message: `No role leads stage ${named(s)}: ${who}`,
        remediation: `Choose the role that answers the ${s.name} stage's question and set \`engagement: { ${s.id}: lead }\` on it.`,
        // Nobody is accountable for a stage nobody leads: it counts against the team, not a role.
        roles: [],
        stages: [s.id],
      }];
    });
  },
});
