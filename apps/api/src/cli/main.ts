import type { Connection } from "../db/index.ts";
import { ConfigError, parseEnv, type Env } from "../env.ts";
import { asDomainError } from "../errors.ts";
import { EXIT, UsageError, type CommandIo } from "./command.ts";
import { loadCommand, loadCommands } from "./commands/index.ts";

async function help(): Promise<string> {
  const COMMANDS = await loadCommands();
  // Usages with many options are long: the summary goes on its own line, so nothing wraps.
  return [
    "usage: rolegraph <command> [options]",
    "",
    ...COMMANDS.flatMap((c) => [`  rolegraph ${c.usage}`, `      ${c.summary}`]),
    "",
    "Exit codes: 0 ok, 1 findings or invalid input, 2 usage or connection error.",
    "Neo4j: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) when set, otherwise the embedded one in .data/neo4j.",
  ].join("\n");
}

/**
 * The CLI's composition root: the command, then the configuration (parsed once, here), then
 * Neo4j only if the command asks for it. Returns the exit code.
 */
export async function main(argv: string[], environment: NodeJS.ProcessEnv): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${await help()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = await loadCommand(name);
  if (!command) {
    process.stderr.write(`rolegraph: unknown command '${name}'\n\n${await help()}\n`);
    return EXIT.usage;
  }
  // `rolegraph COMMAND --help` anywhere among its arguments: its usage, exit 0, no config needed.
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`usage: rolegraph ${command.usage}\n  ${command.summary}\n${command.details ? `\n${command.details}\n` : ""}`);
    return EXIT.ok;
  }
  let config: Env;
  try {
    config = parseEnv(environment);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`rolegraph: ${problem}\n`);
    return EXIT.usage;
  }
  let connection: Connection | undefined;
  const io: CommandIo = {
    config,
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    // The driver and the embedded Neo4j's launcher load here, for the commands that need a graph.
    connect: async () => (connection ??= await (await import("../db/index.ts")).connect(config, (line) => process.stderr.write(`${line}\n`))),
  };
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rolegraph ${command.name}: ${error.message}\nusage: rolegraph ${command.usage}`);
      return EXIT.usage;
    }
    // A refusal's stable code first (GATES_FAILED, WRONG_ROLE...): scripts may match it.
    const code = asDomainError(error)?.code;
    io.err(`rolegraph ${command.name}: ${code ? `${code}: ` : ""}${(error as Error).message}`);
    return /neo4j|connect|ECONNREFUSED/i.test(String(error)) ? EXIT.usage : EXIT.findings;
  } finally {
    await connection?.close();
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
