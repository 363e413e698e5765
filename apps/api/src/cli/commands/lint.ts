import { randomBytes } from "node:crypto";
import { deleteTeam } from "../../db/team-store.ts";
import { importTeam } from "../../services/import.ts";
import { gapReport } from "../../gaps/report.ts";
import { EXIT, parseArgs, type Command } from "../command.ts";
import { readDocument } from "./read-document.ts";
import { deliver, REPORT_FLAGS, REPORT_OPTIONS, reportOptions } from "./report.ts";

export const lintCommand: Command = {
  name: "lint",
  usage: `lint FILE ${REPORT_OPTIONS}`,
  summary: "validate a team file and report its coordination gaps (imports it under a scratch id, then deletes it)",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, { flags: REPORT_FLAGS });
    const options = reportOptions(flags);
    const file = positional[0];
    const { text, result } = readDocument(file, io);
    if (!result.ok) return EXIT.findings;
    const team = result.team;
    const { db } = await io.connect();
    // A scratch id, so linting never touches the team of the same id that may be in the graph.
    const scratchId = `lint-${randomBytes(6).toString("hex")}`;
    let report;
    try {
      await importTeam(db, { ...team, team: { ...team.team, id: scratchId } });
      report = await gapReport(db, scratchId, options);
    } finally {
      await deleteTeam(db, scratchId, true);
    }
    if (!report) throw new Error(`the scratch team ${scratchId} vanished during the report`);
    return deliver({ ...report, teamId: team.team.id }, options, io, file && file !== "-" ? { file, text } : { text });
  },
};
