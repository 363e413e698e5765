import { existsSync } from "node:fs";
import { fromTeam, referencesOf, teamReport, type TeamGraph } from "@rolegraph/rules";
import { EXIT, parseArgs, type Command, type CommandIo } from "../command.ts";
import { readDocument } from "./read-document.ts";
import { deliver, REPORT_FLAGS, REPORT_OPTIONS, reportOptions } from "./report.ts";
import { docsUrl, repoPath } from "./sarif-source.ts";

/**
 * Checks a file as it stands: the rules run on the graph the document describes. A file
 * with qualified (`team/id`) references is checked against the organisation in the graph
 * when one is there (NEO4J_URI, or the embedded server's data directory), so references to
 * other teams resolve or are reported as `unresolved-reference`, and other teams' consumers
 * count; without a graph (or with --offline) the file is checked alone and the cross-team
 * rules are silent. Nothing is written.
 */
export const lintCommand: Command = {
  name: "lint",
  usage: `lint FILE [--offline] ${REPORT_OPTIONS}`,
  summary: "validate a team file and report its coordination gaps, cross-team references against the graph when one is there (nothing is written)",
  async run(args, io) {
    const { positional, flags, switches } = parseArgs(args, { flags: REPORT_FLAGS, switches: ["offline"] });
    const options = reportOptions(flags);
    const file = positional[0];
    const { text, result } = readDocument(file, io);
    if (!result.ok) return EXIT.findings;
    const alone = fromTeam(result.team);
    const graph = referencesOf(alone).length > 0 && !switches.has("offline") ? await withGraph(alone, io) : alone;
    const report = teamReport(graph, { asOf: options.asOf ?? new Date(), ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}) });
    return deliver(report, options, io, file && file !== "-" ? { file: repoPath(file), text, docsUrl: docsUrl() } : { text, docsUrl: docsUrl() });
  },
};

/** The file's graph seen from the organisation, or alone (with a note) when no graph is reachable. */
async function withGraph(graph: TeamGraph, io: CommandIo): Promise<TeamGraph> {
  if (!io.config.NEO4J_URI && !existsSync(io.config.NEO4J_DATA_DIR)) {
    io.err("lint: no graph here (NEO4J_URI unset, no embedded data): cross-team references checked for form only");
    return graph;
  }
  try {
    const { db } = await io.connect();
    // Loaded here: `lint --offline` and a file with no cross-team references never load the services.
    const { againstGraph } = await import("../../services/gaps.ts");
    return await againstGraph(db, graph);
  } catch (error) {
    io.err(`lint: the graph is not reachable (${(error as Error).message.split("\n")[0]}): cross-team references checked for form only`);
    return graph;
  }
}
