import { crossTeamReferences } from "@rolegraph/schema";
import { EXIT, parseArgs, type Command } from "../command.ts";
import { readDocument } from "./read-document.ts";

export const validateCommand: Command = {
  name: "validate",
  usage: "validate FILE [--follow-symlinks]",
  summary: "check a team file (no database needed)",
  async run(args, io) {
    const { positional, switches } = parseArgs(args, { switches: ["follow-symlinks"] });
    const file = positional[0];
    const { result } = readDocument(file, io, { followSymlinks: switches.has("follow-symlinks") });
    if (!result.ok) return EXIT.findings;
    const t = result.team;
    io.out(`${file}: valid team '${t.team.id}': ${t.roles.length} roles, ${t.artifacts.length} artifacts, ${t.agents.length} agents, ${t.workflows.length} workflows, ${t.contracts.length} contracts`);
    const others = crossTeamReferences(t);
    // Form only: the other teams are in the graph (`rolegraph lint`), not in this file.
    if (others.length > 0) io.out(`${others.length} reference${others.length === 1 ? "" : "s"} to other teams (${[...new Set(others.map((r) => r.team))].sort().join(", ")}), checked for form only; \`rolegraph lint\` checks them against the graph`);
    return EXIT.ok;
  },
};
