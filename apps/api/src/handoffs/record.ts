import type { Contract, GateCheck, GateResult, GateStatus, PayloadError } from "@rolegraph/schema";

/**
 * How a handoff is written down: its id and the JSON snapshots kept on the node. The snapshot
 * of gate results is what the audit trail shows forever, so it carries the gate's text and
 * check as they were at submission, not as the contract reads today.
 */

/**
 * `pm-to-architect/7`: the contract and the handoff's number under it, assigned while the
 * contract is locked, so ids are unique, read well in a CLI and sort by submission within a
 * contract (compare `seq` as a number). A contract id never holds '/', so the id splits back.
 */
export const handoffId = (contract: string, seq: number): string => `${contract}/${seq}`;

export interface StoredGateResult extends GateResult {
  /** The check as it was when evaluated; absent for a preference. */
  check?: GateCheck;
}

export function snapshotGates(contract: Contract, results: GateResult[]): StoredGateResult[] {
  const checks = new Map(contract.gates.map((g) => [g.id, g.check]));
  return results.map((r) => {
    const check = checks.get(r.gate);
    return { gate: r.gate, text: r.text, status: r.status, reason: r.reason, ...(check ? { check } : {}) };
  });
}

const STATUSES: readonly GateStatus[] = ["PASSED", "FAILED", "UNCHECKED"];

/** Reads a stored snapshot back; anything unreadable is dropped rather than shown wrong. */
export function parseGateResults(text: string | null): StoredGateResult[] {
  const parsed = parseJson(text);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: unknown): StoredGateResult[] => {
    if (typeof item !== "object" || item === null) return [];
    const r = item as Record<string, unknown>;
    const status = STATUSES.find((s) => s === r.status);
    if (typeof r.gate !== "string" || status === undefined) return [];
    return [{
      gate: r.gate,
      text: typeof r.text === "string" ? r.text : r.gate,
      status,
      reason: typeof r.reason === "string" ? r.reason : null,
      ...(typeof r.check === "object" && r.check !== null ? { check: r.check as GateCheck } : {}),
    }];
  });
}

export function parsePayloadErrors(text: string | null): PayloadError[] {
  const parsed = parseJson(text);
  return Array.isArray(parsed) ? (parsed as PayloadError[]) : [];
}

export function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
