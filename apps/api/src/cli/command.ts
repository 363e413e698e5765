import type { Connection } from "../db/index.ts";
import type { Env } from "../env.ts";

/** Exit codes every command keeps: 0 ok, 1 findings or invalid input, 2 usage or connection error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

export interface CommandIo {
  /** The configuration, parsed once by cli/main.ts before any command runs. */
  config: Env;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Opens (once) the database connection; commands that need none never start Neo4j. */
  connect: () => Promise<Connection>;
}

export interface Command {
  name: string;
  /** One line for `rolegraph --help`, e.g. "import FILE [--dry-run]". */
  usage: string;
  summary: string;
  /** More for `rolegraph COMMAND --help`: subcommands, formats, examples. */
  details?: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Splits `--flag value`, `--flag=value` and `--switch` from positional arguments. */
export function parseArgs(args: string[], spec: { flags?: string[]; switches?: string[] }) {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [name = "", inline] = arg.replace(/^--?/, "").split(/=(.*)/s);
    if (spec.switches?.includes(name)) switches.add(name);
    else if (spec.flags?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option '${arg}'`);
  }
  return { positional, flags, switches };
}
