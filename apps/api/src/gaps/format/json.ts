import type { GapReport } from "../types.ts";

/** The report as it is: the same object GraphQL serves. */
export function toJson(report: GapReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
