import type { Command } from "../command.ts";

// Every CLI command, one file each in this folder, loaded only when it runs: `validate`,
// `lint --offline` and `diff OLD NEW` read files alone, and loading the commands that talk to
// Neo4j (the driver, the services, the Cypher builders) cost them seconds (issue 20).
const LOADERS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./validate.ts")).validateCommand,
  import: async () => (await import("./import.ts")).importCommand,
  export: async () => (await import("./export.ts")).exportCommand,
  teams: async () => (await import("./teams.ts")).teamsCommand,
  report: async () => (await import("./report.ts")).reportCommand,
  lint: async () => (await import("./lint.ts")).lintCommand,
  handoff: async () => (await import("./handoff.ts")).handoffCommand,
  history: async () => (await import("./history.ts")).historyCommand,
  diff: async () => (await import("./diff.ts")).diffCommand,
};

/** The command names, in the order `rolegraph --help` lists them. */
export const COMMAND_NAMES = Object.keys(LOADERS);

/** The command called `name` (only its own module and what it imports), or undefined. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]?.() : undefined;
}

/** Every command, for the full help. */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(async (name) => {
    const command = await loadCommand(name);
    if (!command) throw new Error(`no loader for command '${name}'`);
    return command;
  }));
}
