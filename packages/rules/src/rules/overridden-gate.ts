import { between, endRoles, endsOf, endStages } from "../contract-ends.ts";
import { defineRule } from "../define.ts";
import { namer } from "../text.ts";
import { failedGates } from "./failed-gate.ts";

/**
 * A handoff the receiving role acknowledged although it failed gates (events.md,
 * "Enforcement"): allowed with a reason, so that a contract can bend in the open, but never
 * silently. Timed: an acknowledgement after asOf had not happened yet.
 */
export const overriddenGate = defineRule({
  id: "overridden-gate",
  severity: "warning",
  subjectKind: "handoff",
  summary: "A handoff was acknowledged with an override of its failed gates",
  description: "A handoff acknowledged with an override of its failed gates. The receiving role accepted work its contract says is not ready; the reason is in the message. Overrides are allowed so work can move, and reported so a contract that is overridden often gets fixed rather than ignored. Measured against the report's time.",
  help: "An override lets work go on past a failed gate; it should stay rare. Fix the payload and resubmit, or change the gate if it asks for the wrong thing.",
  timed: true,
  check(graph, asOf) {
    const named = namer(graph);
    const { contract } = graph.index;
    return graph.handoffs.flatMap((h) => {
      const at = Date.parse(h.acknowledgedAt ?? "");
      if (typeof h.override !== "string" || Number.isNaN(at) || at > asOf.getTime()) return [];
      const k = contract.get(h.contract);
      const ends = k ? endsOf(graph, k) : null;
      const gates = failedGates(h.gateResults).map((g) => g.gate);
      const failed = gates.length ? `gates ${gates.map((g) => `'${g}'`).join(", ")}` : "its payload";
      return [{
        subjectId: h.id,
        related: [h.contract, ...gates],
        message: `Handoff ${h.id} under contract ${k ? named(k) : h.contract}${ends ? ` ${between(graph, ends)}` : ""} failed ${failed} and was acknowledged at ${h.acknowledgedAt} with an override${h.overriddenBy ? ` by ${h.overriddenBy}` : ""}: "${h.override}"`,
        remediation: `${ends?.fromRole?.name ?? "The sending role"} resubmits a payload that passes, or the team changes the gate if it asks for the wrong thing.`,
        roles: ends ? endRoles(ends) : [],
        stages: ends ? endStages(ends) : [],
      }];
    });
  },
});
