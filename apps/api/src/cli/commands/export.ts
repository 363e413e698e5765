import { writeFileSync } from "node:fs";
import { teamVersion } from "../../services/history.ts";
import { exportTeam } from "../../services/teams.ts";
import { EXIT, parseArgs, UsageError, type Command } from "../command.ts";
import { teamYaml } from "./team-yaml.ts";

export const exportCommand: Command = {
  name: "export",
  usage: "export TEAM [--version N] [-o FILE]",
  summary: "write a team from Neo4j back to YAML, or one of its versions byte for byte as imported",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, { flags: ["o", "output", "version"] });
    const teamId = positional[0];
    if (!teamId) throw new UsageError("a TEAM id is needed");
    const version = flags.get("version");
    if (version !== undefined && !/^[1-9]\d{0,8}$/.test(version)) throw new UsageError(`--version must be a version number (see: rolegraph history ${teamId}), not '${version}'`);
    const { db } = await io.connect();
    if (version !== undefined) {
      const found = await teamVersion(db, teamId, Number(version));
      if (!found) {
        io.err(`no version ${version} of team '${teamId}' (see: rolegraph history ${teamId})`);
        return EXIT.findings;
      }
      const file = flags.get("o") ?? flags.get("output");
      // Written as stored, without the newline io.out would add: byte for byte as imported.
      if (file) {
        writeFileSync(file, found.document);
        io.err(`wrote ${file}`);
      } else process.stdout.write(found.document);
      return EXIT.ok;
    }
    const doc = await exportTeam(db, teamId);
    if (!doc) {
      io.err(`no team '${teamId}' in the graph (see: rolegraph teams)`);
      return EXIT.findings;
    }
    const file = flags.get("o") ?? flags.get("output");
    const text = teamYaml(doc, file);
    if (file) {
      writeFileSync(file, text);
      io.err(`wrote ${file}`);
    } else io.out(text);
    return EXIT.ok;
  },
};
