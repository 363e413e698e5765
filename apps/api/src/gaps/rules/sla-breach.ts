import { between, CONTRACT_ENDS, endStages, L, named, rows, type ContractEnds, type Named } from "../cypher.ts";
import { describeBreach, slaBreaches } from "../sla.ts";
import type { Rule } from "../types.ts";

// Times are read with toString so a driver-native DateTime and ISO text read alike; handoffs
// submitted after asOf did not exist yet and are left out here already.
const QUERY = `
MATCH (h:${L.Handoff} {team: $team})-[:UNDER]->(k:${L.Contract} {team: $team})
WHERE (k.acknowledgeWithinHours IS NOT NULL OR k.nextStageWithinHours IS NOT NULL)
  AND datetime(toString(h.submittedAt)) <= datetime($asOf)
RETURN h.id AS handoff, toString(h.submittedAt) AS submittedAt, toString(h.acknowledgedAt) AS acknowledgedAt,
       toString(h.nextStageStartedAt) AS nextStageStartedAt, h.submittedBy AS submittedBy,
       k.id AS id, k.name AS name, k.acknowledgeWithinHours AS acknowledgeWithinHours,
       k.nextStageWithinHours AS nextStageWithinHours, ${CONTRACT_ENDS}
ORDER BY h.submittedAt, handoff`;

type Row = Named & ContractEnds & {
  handoff: string; submittedAt: string; acknowledgedAt: string | null; nextStageStartedAt: string | null;
  submittedBy: string | null; acknowledgeWithinHours: number | null; nextStageWithinHours: number | null;
};

export const slaBreach: Rule = {
  id: "sla-breach",
  severity: "error",
  subjectKind: "handoff",
  summary: "A handoff was not acknowledged, or its next stage not started, within the contract's SLA",
  help: "The receiving role acknowledges a handoff and starts the next stage within the contract's hours; if the hours are unrealistic, change the SLA rather than miss it.",
  async run(ctx) {
    const found = await rows<Row>(ctx, QUERY, { asOf: ctx.asOf.toISOString() });
    return found.flatMap((h) => {
      const breaches = slaBreaches(h, h, ctx.asOf);
      if (breaches.length === 0) return [];
      const receiver = h.toRole?.name ?? "the receiving role";
      return [{
        rule: "sla-breach" as const,
        severity: "error" as const,
        subjectKind: "handoff" as const,
        subjectId: h.handoff,
        related: [h.id, ...(h.fromRole ? [h.fromRole.id] : []), ...(h.toRole ? [h.toRole.id] : [])],
        message: `Handoff ${h.handoff} under contract ${named(h)} ${between(h)}, submitted ${h.submittedAt}, was ${breaches.map(describeBreach).join(", and ")}`,
        remediation: breaches.some((b) => b.doneAt === null)
          ? `${receiver} should ${breaches.filter((b) => b.doneAt === null).map((b) => (b.kind === "acknowledge" ? "acknowledge the handoff" : "start the next stage")).join(" and ")} now; if the SLA of ${h.id} cannot be kept, renegotiate it.`
          : `Look at why ${receiver} was late on ${h.id} (capacity, unclear payload); if the SLA cannot be kept, renegotiate it rather than miss it.`,
        // The clock is the receiver's: it acknowledges and starts the next stage.
        roles: h.toRole ? [h.toRole.id] : [],
        stages: endStages(h),
      }];
    });
  },
};
