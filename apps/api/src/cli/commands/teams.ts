import { listTeams } from "../../db/team-store.ts";
import { EXIT, type Command } from "../command.ts";

export const teamsCommand: Command = {
  name: "teams",
  usage: "teams",
  summary: "list the teams in the graph",
  async run(_args, io) {
    const { db } = await io.connect();
    const teams = await listTeams(db);
    if (teams.length === 0) io.err("no teams yet: rolegraph import FILE");
    for (const t of teams) io.out(`${t.id}\t${t.name}`);
    return EXIT.ok;
  },
};
