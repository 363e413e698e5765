import { writeFileSync } from "node:fs";
import { SEVERITIES, type Severity } from "@rolegraph/schema";
import { FORMATS, isFormat, render, type Format } from "../../gaps/format/index.ts";
import type { SarifSource } from "../../gaps/format/sarif.ts";
import { atLeast, type GapReport } from "../../gaps/types.ts";
import { EXIT, parseArgs, UsageError, type Command, type CommandIo } from "../command.ts";

export const REPORT_FLAGS = ["format", "fail-on", "min-severity", "as-of", "o", "output"];
export const REPORT_OPTIONS = "[--format md|json|sarif|html] [--fail-on error|warning|info] [--min-severity S] [--as-of DATE] [-o FILE]";

export interface ReportOptions {
  format: Format;
  failOn: Severity;
  minSeverity?: Severity;
  asOf?: Date;
  output?: string;
}

const isSeverity = (s: string): s is Severity => (SEVERITIES as readonly string[]).includes(s);

function severity(flags: Map<string, string>, name: string): Severity | undefined {
  const value = flags.get(name);
  if (value === undefined) return undefined;
  if (!isSeverity(value)) throw new UsageError(`--${name} must be one of ${SEVERITIES.join(", ")}, not '${value}'`);
  return value;
}

/** The options `report` and `lint` share, checked before anything touches the database. */
export function reportOptions(flags: Map<string, string>): ReportOptions {
  const format = flags.get("format") ?? "md";
  if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'`);
  const asOfText = flags.get("as-of");
  const asOf = asOfText === undefined ? undefined : new Date(asOfText);
  if (asOf && Number.isNaN(asOf.getTime())) throw new UsageError(`--as-of must be a date such as 2026-03-01 or 2026-03-01T09:00:00Z, not '${asOfText}'`);
  const minSeverity = severity(flags, "min-severity");
  const output = flags.get("o") ?? flags.get("output");
  return { format, failOn: severity(flags, "fail-on") ?? "error", ...(minSeverity ? { minSeverity } : {}), ...(asOf ? { asOf } : {}), ...(output ? { output } : {}) };
}

/** Writes the report, and turns it into the exit code: 1 when a finding at or above --fail-on exists. */
export function deliver(report: GapReport, options: ReportOptions, io: CommandIo, source: SarifSource = {}): number {
  const text = render(report, options.format, source);
  const { error, warning, info } = report.counts.bySeverity;
  if (options.output) {
    writeFileSync(options.output, text);
    io.err(`wrote ${options.output}`);
  } else io.out(text);
  io.err(`${report.teamId}: score ${report.score}/100; ${error} errors, ${warning} warnings, ${info} infos; translation debt ${report.translationDebt.total}`);
  const failing = (Object.entries(report.counts.bySeverity) as [Severity, number][])
    .filter(([s, n]) => n > 0 && atLeast(s, options.failOn)).reduce((sum, [, n]) => sum + n, 0);
  // The exit code alone does not say why: name the threshold that turned findings into a failure.
  if (failing > 0) io.err(`exit 1: ${failing} finding${failing === 1 ? "" : "s"} at or above --fail-on ${options.failOn}${options.failOn === "error" ? " (the default)" : ""}`);
  return failing > 0 ? EXIT.findings : EXIT.ok;
}

export const reportCommand: Command = {
  name: "report",
  usage: `report TEAM|--org ${REPORT_OPTIONS} [--source FILE]`,
  summary: "the coordination-gap report of a team in the graph, or of every team (--org) with the cross-team rules",
  async run(args, io) {
    const { positional, flags, switches } = parseArgs(args, { flags: [...REPORT_FLAGS, "source"], switches: ["org"] });
    const teamId = positional[0];
    if (switches.has("org") && teamId) throw new UsageError("give a TEAM or --org, not both");
    if (!switches.has("org") && !teamId) throw new UsageError("a TEAM id (or --org for every team) is needed");
    const options = reportOptions(flags);
    const { db } = await io.connect();
    // Loaded once a graph is needed: `lint` imports this file for its options and output only.
    const { gapReport, organizationGapReport } = await import("../../services/gaps.ts");
    const { storedTeamSource } = await import("./sarif-source.ts");
    if (!teamId) {
      const report = await organizationGapReport(db, options);
      for (const team of report.teams) {
        const { error, warning, info } = team.counts.bySeverity;
        io.err(`  ${team.teamId}: score ${team.score}/100; ${error} errors, ${warning} warnings, ${info} infos`);
      }
      // The per-team reports are in the lines above and in the findings' `team`: not twice in the output.
      const { teams: _perTeam, ...whole } = report;
      return deliver(whole, options, io);
    }
    const report = await gapReport(db, teamId, options);
    if (!report) {
      io.err(`no team '${teamId}' in the graph (see: rolegraph teams)`);
      return EXIT.usage;
    }
    // SARIF points into the team's file: --source, else the file it was imported from (sarif-source.ts).
    const source = options.format === "sarif" ? await storedTeamSource(db, teamId, flags.get("source")) : {};
    return deliver(report, options, io, source);
  },
};
