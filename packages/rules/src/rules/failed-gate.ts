import { between, endRoles, endsOf, endStages } from "../contract-ends.ts";
import { defineRule } from "../define.ts";
import type { GraphHandoff } from "../graph.ts";
import { listing, namer, plural } from "../text.ts";
import { submittedBy } from "./handoff-time.ts";

export interface FailedGate {
  gate: string;
  text: string;
  reason: string | null;
}

/** The FAILED gates of a stored gateResults snapshot (the evaluator's GateResult[], or its JSON text). */
export function failedGates(gateResults: unknown): FailedGate[] {
  let parsed: unknown;
  try {
    parsed = typeof gateResults === "string" ? JSON.parse(gateResults) : gateResults;
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((r: unknown) => {
    if (!r || typeof r !== "object") return [];
    const { gate, text, status, reason } = r as Record<string, unknown>;
    if (status !== "FAILED" || typeof gate !== "string") return [];
    return [{ gate, text: typeof text === "string" ? text : gate, reason: typeof reason === "string" ? reason : null }];
  });
}

/** Latest first: by submission time, then by id (code-unit order, as Neo4j orders strings). */
const later = (a: GraphHandoff, b: GraphHandoff) =>
  Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The latest handoff at asOf under each contract: an earlier failure that was fixed by a
 * passing resubmission is history, not a gap.
 */
export const failedGate = defineRule({
  id: "failed-gate",
  severity: "error",
  subjectKind: "contract",
  summary: "The latest handoff under a contract failed one or more gates",
  description: "The latest handoff submitted under a contract failed one or more of its gates. The receiving role did not get what it needs to start, so the work waits on the sending role until it fixes the payload and resubmits. Measured against the report's time.",
  help: "A failed gate means the receiving role did not get what it needs: the sending role fixes the payload and resubmits.",
  timed: true,
  check(graph, asOf) {
    const named = namer(graph);
    const { handoffsUnder } = graph.index;
    return graph.contracts.flatMap((k) => {
      let latest: GraphHandoff | undefined;
      for (const h of handoffsUnder.get(k.id) ?? []) if (submittedBy(asOf)(h) && (!latest || later(h, latest) > 0)) latest = h;
      if (!latest || latest.passed !== false) return [];
      const ends = endsOf(graph, k);
      const failed = failedGates(latest.gateResults);
      const detail = failed.length
        ? `${plural(failed.length, "gate")}: ${failed.map((g) => `'${g.gate}' (${g.reason ?? g.text})`).join("; ")}`
        : "its payload (no gate result recorded)";
      return [{
        subjectId: k.id,
        related: failed.map((g) => g.gate),
        message: `The latest handoff under contract ${named(k)} ${between(graph, ends)}, ${latest.id} submitted ${latest.submittedAt}, failed ${detail}`,
        remediation: `${ends.fromRole?.name ?? "The sending role"} fixes ${failed.length ? listing(failed.map((g) => g.gate)) : "the payload"} and submits a new handoff under ${k.id}.`,
        roles: endRoles(ends),
        stages: endStages(ends),
      }];
    });
  },
});
