import { fromTeam, teamReport } from "@rolegraph/rules";
import { EXIT, parseArgs, type Command } from "../command.ts";
import { readDocument } from "./read-document.ts";
import { deliver, REPORT_FLAGS, REPORT_OPTIONS, reportOptions } from "./report.ts";
import { docsUrl, repoPath } from "./sarif-source.ts";

/**
 * Checks a file as it stands, without a database: the rules run on the graph the document
 * describes. A team file has no references to other teams today, so there is nothing to look
 * up in Neo4j; when qualified (`team/id`) references arrive, only those will be read.
 */
export const lintCommand: Command = {
  name: "lint",
  usage: `lint FILE ${REPORT_OPTIONS}`,
  summary: "validate a team file and report its coordination gaps (no database needed; nothing is written)",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, { flags: REPORT_FLAGS });
    const options = reportOptions(flags);
    const file = positional[0];
    const { text, result } = readDocument(file, io);
    if (!result.ok) return EXIT.findings;
    const report = teamReport(fromTeam(result.team), { asOf: options.asOf ?? new Date(), ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}) });
    return deliver(report, options, io, file && file !== "-" ? { file: repoPath(file), text, docsUrl: docsUrl() } : { text, docsUrl: docsUrl() });
  },
};
