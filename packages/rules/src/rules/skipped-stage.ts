import { between, endRoles, endsOf } from "../contract-ends.ts";
import { defineRule } from "../define.ts";
import { listing, namer } from "../text.ts";

/** A feedback loop (boundary.loop) goes back in the lifecycle on purpose; it skips nothing. */
export const skippedStage = defineRule({
  id: "skipped-stage",
  severity: "warning",
  subjectKind: "contract",
  summary: "A contract's boundary skips a stage",
  description: "A contract whose boundary skips a lifecycle stage, such as discover to build past decide. Skipping a stage skips the question it answers, and the later stages pay for it.",
  help: "Skipping a stage skips the question it answers (skipping Decide costs more than skipping Discover): route the handoff through the skipped stage, or suppress the finding with the reason it is safe.",
  check(graph) {
    const named = namer(graph);
    const { stage } = graph.index;
    return graph.contracts.flatMap((k) => {
      const from = stage.get(k.fromStage);
      const to = stage.get(k.toStage);
      if (!from || !to || k.loop || to.order <= from.order + 1) return [];
      const skipped = graph.stages.filter((s) => from.order < s.order && s.order < to.order);
      return [{
        subjectId: k.id,
        related: skipped.map((s) => s.id),
        message: `Contract ${named(k)} ${between(graph, endsOf(graph, k))} hands off from ${named(from)} to ${named(to)}, skipping ${listing(skipped.map(named))}`,
        remediation: `Split the handoff so it passes through ${listing(skipped.map((s) => s.name))} (a contract per boundary), or, if skipping is deliberate, suppress this finding with the reason.`,
        roles: endRoles(endsOf(graph, k)),
        stages: [from.id, ...skipped.map((s) => s.id), to.id],
      }];
    });
  },
});
