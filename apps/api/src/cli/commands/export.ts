import { writeFileSync } from "node:fs";
import { exportTeam } from "../../services/teams.ts";
import { EXIT, parseArgs, UsageError, type Command } from "../command.ts";
import { teamYaml } from "./team-yaml.ts";

export const exportCommand: Command = {
  name: "export",
  usage: "export TEAM [-o FILE]",
  summary: "write a team from Neo4j back to YAML",
  async run(args, io) {
    const { positional, flags } = parseArgs(args, { flags: ["o", "output"] });
    const teamId = positional[0];
    if (!teamId) throw new UsageError("a TEAM id is needed");
    const { db } = await io.connect();
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
