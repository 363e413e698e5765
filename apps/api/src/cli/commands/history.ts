import { teamVersions } from "../../services/history.ts";
import { EXIT, parseArgs, UsageError, type Command } from "../command.ts";

/** A team's versions, newest first: one line each, what `export --version N` takes. */
export const historyCommand: Command = {
  name: "history",
  usage: "history TEAM",
  summary: "the recorded versions of a team (one per import that changed it), newest first",
  async run(args, io) {
    const { positional } = parseArgs(args, {});
    const teamId = positional[0];
    if (!teamId) throw new UsageError("a TEAM id is needed");
    const { db } = await io.connect();
    const versions = await teamVersions(db, teamId);
    if (versions.length === 0) {
      io.err(`no versions of team '${teamId}' (a team imported before versions were recorded has none until its next import)`);
      return EXIT.findings;
    }
    const width = String(versions[0]?.number ?? 1).length;
    for (const v of versions) {
      io.out(`${String(v.number).padStart(width)}  ${v.importedAt}  ${(v.importedBy ?? "-").padEnd(12)}  +${v.added} -${v.removed} ~${v.changed}`);
    }
    return EXIT.ok;
  },
};
