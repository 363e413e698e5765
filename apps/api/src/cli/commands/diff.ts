import { statSync, writeFileSync } from "node:fs";
import { SEVERITIES, type Severity } from "@rolegraph/schema";
import { atLeast } from "@rolegraph/rules";
import { diffTeams } from "../../history/diff.ts";
import { DIFF_FORMATS, isDiffFormat, renderDiff, type Compared } from "../../history/format/index.ts";
import type { TeamDiff } from "../../history/types.ts";
import { EXIT, parseArgs, UsageError, type Command, type CommandIo } from "../command.ts";
import { readDocument } from "./read-document.ts";

const isSeverity = (s: string): s is Severity => (SEVERITIES as readonly string[]).includes(s);
const isFile = (path: string) => path === "-" || statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/**
 * What a change to a team file does to the team's coordination, for review: the stored team
 * against a proposed file, or two files without any database (a pull request's base and head).
 * The exit code counts only findings the change introduces, so a team with old warnings can
 * still require "no new warnings".
 */
export const diffCommand: Command = {
  name: "diff",
  usage: `diff TEAM FILE | diff OLD.yaml NEW.yaml [--format ${DIFF_FORMATS.join("|")}] [--fail-on error|warning|info] [-o FILE]`,
  summary: "what a change does to a team: its element changes and the gap findings it introduces and resolves (two files need no database)",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, { flags: ["format", "fail-on", "o", "output"] });
    const format = flags.get("format") ?? "md";
    if (!isDiffFormat(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(", ")}, not '${format}'`);
    const failOn = flags.get("fail-on") ?? "error";
    if (!isSeverity(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(", ")}, not '${failOn}'`);
    const [first, second] = positional;
    if (!first || !second || positional.length > 2) throw new UsageError("TEAM FILE or OLD NEW is needed");

    const after = readDocument(second, io);
    if (!after.result.ok) return EXIT.findings;
    const source = second === "-" ? { text: after.text } : { file: second, text: after.text };
    let diff: TeamDiff;
    let compared: Compared;
    // A first argument that names a file is a file: two files compare without a database.
    if (isFile(first)) {
      const before = readDocument(first, io);
      if (!before.result.ok) return EXIT.findings;
      diff = diffTeams(before.result.team, after.result.team);
      compared = { teamId: after.result.team.team.id, before: first, after: second, source };
    } else {
      const { db } = await io.connect();
      // Loaded here: two files compare without loading the services.
      const { previewTeam } = await import("../../services/history.ts");
      diff = await previewTeam(db, first, after.result.team);
      compared = { teamId: first, before: "in the graph", after: second, source };
    }
    return deliver(diff, renderDiff(diff, format, compared), failOn, flags.get("o") ?? flags.get("output"), io);
  },
};

function deliver(diff: TeamDiff, text: string, failOn: Severity, output: string | undefined, io: CommandIo): number {
  if (output) {
    writeFileSync(output, text);
    io.err(`wrote ${output}`);
  } else io.out(text);
  const failing = diff.findingsIntroduced.filter((f) => atLeast(f.severity, failOn));
  io.err(`score ${diff.scoreBefore} -> ${diff.scoreAfter}; ${diff.findingsIntroduced.length} introduced (${failing.length} at or above ${failOn}), ` +
    `${diff.findingsResolved.length} resolved; ${diff.changes.length} changes`);
  return failing.length > 0 ? EXIT.findings : EXIT.ok;
}
