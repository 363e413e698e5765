import type { TeamDiff } from "../types.ts";

/** The diff as JSON, the same fields as GraphQL's TeamDiff, with what was compared. */
export function diffToJson(diff: TeamDiff, compared: { before: string; after: string }): string {
  return `${JSON.stringify({ ...compared, ...diff }, null, 2)}\n`;
}
