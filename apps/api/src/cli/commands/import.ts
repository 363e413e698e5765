import { qualify } from "@rolegraph/schema";
import type { BrokenReference } from "../../db/team-store.ts";
import { importTeams, type ImportOutcome } from "../../services/import.ts";
import { recordTeamSource } from "../../services/team-source.ts";
import { EXIT, parseArgs, UsageError, type Command } from "../command.ts";
import { progress } from "../progress.ts";
import { localUser } from "../local-user.ts";
import { readDocument } from "./read-document.ts";
import { repoPath } from "./sarif-source.ts";

export const importCommand: Command = {
  name: "import",
  usage: "import FILE... [--dry-run] [--jobs N] [--fail-on broken-dependents] [--follow-symlinks]",
  summary: "make each team in Neo4j equal to its file (one transaction per file, N files at a time, default 2)",
  async run(args, io) {
    const { positional, flags, switches } = parseArgs(args, { switches: ["dry-run", "follow-symlinks"], flags: ["jobs", "fail-on"] });
    const failOn = flags.get("fail-on");
    // Breaking another team's flow is allowed (a team owns its file), unless CI says otherwise.
    if (failOn !== undefined && failOn !== "broken-dependents") throw new UsageError("--fail-on takes broken-dependents");
    const jobs = Number(flags.get("jobs") ?? 2);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 16) throw new UsageError("--jobs must be a whole number from 1 to 16");
    if (positional.length === 0) throw new UsageError("a FILE is needed");
    // Every file is checked before anything is written: one bad file imports nothing.
    const read = positional.map((file) => readDocument(file, io, { followSymlinks: switches.has("follow-symlinks") }));
    const teams = read.flatMap((d) => (d.result.ok ? [d.result.team] : []));
    if (teams.length < read.length) return EXIT.findings;
    const { db } = await io.connect();
    const label = teams.length === 1 ? `importing ${teams[0]?.team.id}` : `importing ${teams.length} teams, ${Math.min(jobs, teams.length)} at a time`;
    const outcomes = await progress(label, () => importTeams(db, teams, { dryRun: switches.has("dry-run"), jobs, importedBy: localUser(), documents: read.map((d) => d.text) }));
    // Each team remembers its file, so SARIF of the stored team points into it (report --format sarif).
    const files = positional.filter((file) => file !== "-").length === positional.length ? positional : [];
    for (const [i, outcome] of outcomes.entries()) {
      const file = files[i];
      if (file && !(outcome instanceof Error) && !outcome.dryRun) await recordTeamSource(db, outcome.teamId, repoPath(file));
    }
    let failed = 0;
    let broken = 0;
    outcomes.forEach((outcome, i) => {
      if (outcome instanceof Error) {
        failed++;
        io.err(`${teams[i]?.team.id}: not imported: ${outcome.message.split("\n")[0]}`);
        return;
      }
      io.out(describe(outcome));
      broken += outcome.brokenDependents.length;
      for (const b of outcome.brokenDependents) io.out(`  ${outcome.dryRun ? "would break" : "breaks"} ${describeBroken(b)}`);
    });
    if (broken > 0) {
      io.err(`${broken} reference${broken === 1 ? "" : "s"} of other teams ${switches.has("dry-run") ? "would lose" : "lost"} their source; they stay unresolved until it is back` +
        (failOn ? "" : " (--fail-on broken-dependents fails the import on this)"));
    }
    if (failed === 0 && broken > 0 && failOn === "broken-dependents") return EXIT.findings;
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

const HOW: Record<string, string> = { CONSUMES: "consumes", READS: "reads", DERIVED_FROM: "is derived from", TO: "hands off to" };

/** `growth: role growth-pm consumes data/weekly-metrics (weekly, stage decide)`. */
export function describeBroken(b: BrokenReference): string {
  const details = [b.cadence, b.stage ? `stage ${b.stage}` : null].filter(Boolean).join(", ");
  return `${b.team}: ${b.sourceLabel.toLowerCase()} ${b.source} ${HOW[b.type] ?? b.type} ${qualify(b.target.team, b.target.id)}${details ? ` (${details})` : ""}`;
}
