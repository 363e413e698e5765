import type { GapReport } from "../types.ts";
import { toHtml } from "./html.ts";
import { toJson } from "./json.ts";
import { toMarkdown } from "./markdown.ts";
import { toSarif, type SarifSource } from "./sarif.ts";

export const FORMATS = ["md", "json", "sarif", "html"] as const;
export type Format = (typeof FORMATS)[number];
export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/** The report as text in one of the output formats; `source` lets SARIF point at lines. */
export function render(report: GapReport, format: Format, source: SarifSource = {}): string {
  switch (format) {
    case "md": return toMarkdown(report);
    case "json": return toJson(report);
    case "sarif": return toSarif(report, source);
    case "html": return toHtml(report);
  }
}
