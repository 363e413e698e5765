import type { PayloadError } from "@rolegraph/schema";
import type { HandoffRow } from "../db/handoffs.ts";
import { parseGateResults, parsePayloadErrors } from "./record.ts";
import { slaStatus } from "./sla-status.ts";

// Plain-text tables for the CLI: aligned columns, no colour, so they read the same in a
// terminal, a CI log and a pasted issue.

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ").trimEnd()).join("\n");
}

const errorLine = (e: PayloadError) => `  ${e.path || "(payload)"}: ${e.message}`;

/** One handoff as the submitter needs it: the verdict, each gate, and what the payload lacks. */
export function formatSubmission(h: HandoffRow): string {
  const verdict = h.passed ? "PASSED" : "FAILED";
  const gates = parseGateResults(h.gateResults).map((g) => [g.gate, g.status, g.reason ?? ""]);
  const errors = parsePayloadErrors(h.payloadErrors);
  return [
    `${h.id}  ${verdict}  submitted ${h.submittedAt} by ${h.submittedBy}`,
    "",
    table([["gate", "status", "reason"], ...gates]),
    ...(errors.length ? ["", "payload does not match the contract:", ...errors.map(errorLine)] : []),
  ].join("\n");
}

/** Handoffs one per line; the SLA column is judged at `asOf`. */
export function formatList(handoffs: HandoffRow[], asOf: Date): string {
  const rows = handoffs.map((h) => {
    const sla = slaStatus(h, h, asOf);
    return [
      h.id, h.submittedAt, h.passed ? "passed" : "failed",
      h.acknowledgedAt ? `acked ${h.acknowledgedAt}${h.acknowledgedBy ? ` by ${h.acknowledgedBy}` : ""}` : "pending",
      sla === null ? "no SLA" : sla.overdue ? "OVERDUE" : sla.breaches.length ? "late" : "on time",
    ];
  });
  return table([["handoff", "submitted", "gates", "acknowledgement", "sla"], ...rows]);
}
