import type { SarifSource } from "../../gaps/format/sarif.ts";
import type { TeamDiff } from "../types.ts";
import { diffToJson } from "./json.ts";
import { diffToMarkdown } from "./markdown.ts";
import { diffToSarif } from "./sarif.ts";

export const DIFF_FORMATS = ["md", "json", "sarif"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export const isDiffFormat = (value: string): value is DiffFormat => (DIFF_FORMATS as readonly string[]).includes(value);

export interface Compared {
  teamId: string;
  /** What the before and after sides are: a team in the graph, a file, a version. */
  before: string;
  after: string;
  /** The after side's file, for SARIF's locations. */
  source?: SarifSource;
}

export function renderDiff(diff: TeamDiff, format: DiffFormat, compared: Compared): string {
  switch (format) {
    case "md": return diffToMarkdown(diff, `${compared.teamId} (${compared.before} → ${compared.after})`);
    case "json": return diffToJson(diff, { before: compared.before, after: compared.after });
    case "sarif": return diffToSarif(diff, compared.teamId, compared.source ?? {});
  }
}
