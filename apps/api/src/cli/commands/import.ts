import { importTeams, type ImportOutcome } from "../../services/import.ts";
import { recordTeamSource } from "../../services/team-source.ts";
import { EXIT, parseArgs, UsageError, type Command } from "../command.ts";
import { progress } from "../progress.ts";
import { readDocument } from "./read-document.ts";
import { repoPath } from "./sarif-source.ts";

export const importCommand: Command = {
  name: "import",
  usage: "import FILE... [--dry-run] [--jobs N] [--follow-symlinks]",
  summary: "make each team in Neo4j equal to its file (one transaction per file, N files at a time, default 2)",
  async run(args, io) {
    const { positional, flags, switches } = parseArgs(args, { switches: ["dry-run", "follow-symlinks"], flags: ["jobs"] });
    const jobs = Number(flags.get("jobs") ?? 2);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 16) throw new UsageError("--jobs must be a whole number from 1 to 16");
    if (positional.length === 0) throw new UsageError("a FILE is needed");
    // Every file is checked before anything is written: one bad file imports nothing.
    const documents = positional.map((file) => readDocument(file, io, { followSymlinks: switches.has("follow-symlinks") }).result);
    const teams = documents.flatMap((d) => (d.ok ? [d.team] : []));
    if (teams.length < documents.length) return EXIT.findings;
    const { db } = await io.connect();
    const label = teams.length === 1 ? `importing ${teams[0]?.team.id}` : `importing ${teams.length} teams, ${Math.min(jobs, teams.length)} at a time`;
    const outcomes = await progress(label, () => importTeams(db, teams, { dryRun: switches.has("dry-run"), jobs }));
    // Each team remembers its file, so SARIF of the stored team points into it (report --format sarif).
    const files = positional.filter((file) => file !== "-").length === positional.length ? positional : [];
    for (const [i, outcome] of outcomes.entries()) {
      const file = files[i];
      if (file && !(outcome instanceof Error) && !outcome.dryRun) await recordTeamSource(db, outcome.teamId, repoPath(file));
    }
    let failed = 0;
    outcomes.forEach((outcome, i) => {
      if (outcome instanceof Error) {
        failed++;
        io.err(`${teams[i]?.team.id}: not imported: ${outcome.message.split("\n")[0]}`);
      } else io.out(describe(outcome));
    });
    if (failed === 1 && teams.length === 1) throw outcomes[0];
    const unreachable = outcomes.some((o) => o instanceof Error && /neo4j|connect|ECONNREFUSED/i.test(String(o)));
    return failed === 0 ? EXIT.ok : unreachable ? EXIT.usage : EXIT.findings;
  },
};

function describe(outcome: ImportOutcome): string {
  const { nodes: n, relationships: r } = outcome;
  const verb = outcome.dryRun ? "would change" : "changed";
  return outcome.changed
    ? `${outcome.teamId}: ${verb}: created ${outcome.created}, updated ${outcome.updated}, deleted ${outcome.deleted} ` +
      `(nodes +${n.created} ~${n.updated} -${n.deleted}, relationships +${r.created} ~${r.updated} -${r.deleted})${outcome.dryRun ? "; dry run, nothing written" : ""}`
    : `${outcome.teamId}: unchanged (the graph already equals the file)`;
}
