import { importTeam } from "../../db/team-store.ts";
import { EXIT, parseArgs, type Command } from "../command.ts";
import { progress } from "../progress.ts";
import { readDocument } from "./read-document.ts";

export const importCommand: Command = {
  name: "import",
  usage: "import FILE [--dry-run]",
  summary: "make the team in Neo4j equal to the file (one transaction)",
  async run(args, io) {
    const { positional, switches } = parseArgs(args, { switches: ["dry-run"] });
    const file = positional[0];
    const { result } = readDocument(file, io);
    if (!result.ok) return EXIT.findings;
    const { db } = await io.connect();
    const outcome = await progress(`importing ${result.team.team.id}`, () => importTeam(db, result.team, { dryRun: switches.has("dry-run") }));
    const { nodes: n, relationships: r } = outcome;
    const verb = outcome.dryRun ? "would change" : "changed";
    io.out(outcome.changed
      ? `${outcome.teamId}: ${verb}: created ${outcome.created}, updated ${outcome.updated}, deleted ${outcome.deleted} ` +
        `(nodes +${n.created} ~${n.updated} -${n.deleted}, relationships +${r.created} ~${r.updated} -${r.deleted})${outcome.dryRun ? "; dry run, nothing written" : ""}`
      : `${outcome.teamId}: unchanged (the graph already equals the file)`);
    return EXIT.ok;
  },
};
