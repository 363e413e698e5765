import { between, endsOf, endStages } from "../contract-ends.ts";
import { defineRule } from "../define.ts";
import { describeBreach, slaBreaches } from "../sla.ts";
import { namer } from "../text.ts";
import { submittedBy } from "./handoff-time.ts";

export const slaBreach = defineRule({
  id: "sla-breach",
  severity: "error",
  subjectKind: "handoff",
  summary: "A handoff was not acknowledged, or its next stage not started, within the contract's SLA",
  description: "A submitted handoff that the receiving role did not acknowledge within its contract's acknowledgeWithinHours, or whose next stage was not started within nextStageWithinHours, measured against the report's time. A handoff waiting past its SLA is work stalled at a boundary.",
  help: "The receiving role acknowledges a handoff and starts the next stage within the contract's hours; if the hours are unrealistic, change the SLA rather than miss it.",
  timed: true,
  check(graph, asOf) {
    const named = namer(graph);
    const { contract } = graph.index;
    return graph.handoffs.filter(submittedBy(asOf)).flatMap((h) => {
      const k = contract.get(h.contract);
      if (!k || (k.acknowledgeWithinHours === undefined && k.nextStageWithinHours === undefined)) return [];
      const breaches = slaBreaches(h, k, asOf);
      if (breaches.length === 0) return [];
      const ends = endsOf(graph, k);
      const receiver = ends.toRole?.name ?? "the receiving role";
      return [{
        subjectId: h.id,
        related: [k.id, ...(ends.fromRole ? [ends.fromRole.id] : []), ...(ends.toRole ? [ends.toRole.id] : [])],
        message: `Handoff ${h.id} under contract ${named(k)} ${between(graph, ends)}, submitted ${h.submittedAt}, was ${breaches.map(describeBreach).join(", and ")}`,
        remediation: breaches.some((b) => b.doneAt === null)
          ? `${receiver} should ${breaches.filter((b) => b.doneAt === null).map((b) => (b.kind === "acknowledge" ? "acknowledge the handoff" : "start the next stage")).join(" and ")} now; if the SLA of ${k.id} cannot be kept, renegotiate it.`
          : `Look at why ${receiver} was late on ${k.id} (capacity, unclear payload); if the SLA cannot be kept, renegotiate it rather than miss it.`,
        // The clock is the receiver's: it acknowledges and starts the next stage.
        roles: ends.toRole ? [ends.toRole.id] : [],
        stages: endStages(ends),
      }];
    });
  },
});
