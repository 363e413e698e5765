import { between, CONTRACT_ENDS, endRoles, endStages, L, listing, named, plural, rows, type ContractEnds, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

// The latest handoff at asOf under each contract: an earlier failure that was fixed by a
// passing resubmission is history, not a gap.
const QUERY = `
MATCH (k:${L.Contract} {team: $team})<-[:UNDER]-(h:${L.Handoff} {team: $team})
WHERE datetime(toString(h.submittedAt)) <= datetime($asOf)
WITH k, h ORDER BY datetime(toString(h.submittedAt)) DESC, h.id DESC
WITH k, head(collect(h)) AS h
WHERE h.passed = false
RETURN k.id AS id, k.name AS name, h.id AS handoff, toString(h.submittedAt) AS submittedAt, h.gateResults AS gateResults,
       ${CONTRACT_ENDS}
ORDER BY id`;

export interface FailedGate {
  gate: string;
  text: string;
  reason: string | null;
}

/** The FAILED gates of a stored gateResults snapshot (JSON text of the evaluator's GateResult[]). */
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

export const failedGate: Rule = {
  id: "failed-gate",
  severity: "error",
  subjectKind: "contract",
  summary: "The latest handoff under a contract failed one or more gates",
  help: "A failed gate means the receiving role did not get what it needs: the sending role fixes the payload and resubmits.",
  async run(ctx) {
    const found = await rows<Named & ContractEnds & { handoff: string; submittedAt: string; gateResults: unknown }>(ctx, QUERY, { asOf: ctx.asOf.toISOString() });
    return found.map((k) => {
      const failed = failedGates(k.gateResults);
      const detail = failed.length
        ? `${plural(failed.length, "gate")}: ${failed.map((g) => `'${g.gate}' (${g.reason ?? g.text})`).join("; ")}`
        : "its payload (no gate result recorded)";
      return {
        rule: "failed-gate" as const,
        severity: "error" as const,
        subjectKind: "contract" as const,
        subjectId: k.id,
        related: failed.map((g) => g.gate),
        message: `The latest handoff under contract ${named(k)} ${between(k)}, ${k.handoff} submitted ${k.submittedAt}, failed ${detail}`,
        remediation: `${k.fromRole?.name ?? "The sending role"} fixes ${failed.length ? listing(failed.map((g) => g.gate)) : "the payload"} and submits a new handoff under ${k.id}.`,
        roles: endRoles(k),
        stages: endStages(k),
      };
    });
  },
};
