import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { acknowledgeHandoff, listTeamHandoffs, startNextStage, submitHandoff, type Actor } from "../../services/handoffs.ts";
import { formatList, formatSubmission } from "../../handoffs/format.ts";
import { isOverdueAt } from "../../handoffs/sla-status.ts";
import { EXIT, parseArgs, UsageError, type Command, type CommandIo } from "../command.ts";

const USAGE = [
  "handoff submit TEAM CONTRACT PAYLOAD.json [--at DATE] [--by ROLE] [--key KEY]",
  "handoff acknowledge TEAM HANDOFF [--at DATE] [--by ROLE] [--override REASON]",
  "handoff start TEAM HANDOFF [--at DATE] [--by ROLE]",
  "handoff list TEAM [--contract C] [--pending] [--overdue-at DATE]",
];

function date(text: string | undefined, flag: string): Date | undefined {
  if (text === undefined) return undefined;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) throw new UsageError(`--${flag} must be an ISO 8601 date, e.g. 2026-03-02T09:00:00Z; got '${text}'`);
  return parsed;
}

function positionals(values: string[], names: string[], usage: string | undefined): string[] {
  if (values.length !== names.length) throw new UsageError(`expected ${names.join(" ")}\nusage: rolegraph ${usage}`);
  return values;
}

function readPayload(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * Who acts, for the audit trail: the CLI has no token, so the OS user stands in. It talks to
 * Neo4j directly (whoever runs it could write anything there), so it is bound to no role;
 * the contract's roles (WRONG_ROLE) and gates still hold.
 */
function cliActor(): Actor {
  try {
    return { name: `cli:${userInfo().username}`, roles: null };
  } catch {
    return { name: "cli", roles: null };
  }
}

async function submit(args: string[], io: CommandIo): Promise<number> {
  const { positional, flags } = parseArgs(args, { flags: ["at", "by", "key"] });
  const [team = "", contract = "", file = ""] = positionals(positional, ["TEAM", "CONTRACT", "PAYLOAD.json"], USAGE[0]);
  const payload = readPayload(file);
  const { db } = await io.connect();
  const { handoff, created } = await submitHandoff(db, {
    team, contract, payload, submittedAt: date(flags.get("at"), "at") ?? new Date(), submittedBy: flags.get("by"), idempotencyKey: flags.get("key"),
    actor: cliActor(),
  });
  if (!created) io.err(`key '${handoff.idempotencyKey}' was already used: this is ${handoff.id} as first recorded; nothing new was stored`);
  io.out(formatSubmission(handoff));
  return handoff.passed ? EXIT.ok : EXIT.findings;
}

async function mark(args: string[], io: CommandIo, milestone: "acknowledgedAt" | "nextStageStartedAt"): Promise<number> {
  const ack = milestone === "acknowledgedAt";
  const { positional, flags } = parseArgs(args, { flags: ack ? ["at", "by", "override"] : ["at", "by"] });
  const [team = "", handoff = ""] = positionals(positional, ["TEAM", "HANDOFF"], ack ? USAGE[1] : USAGE[2]);
  const at = date(flags.get("at"), "at") ?? new Date();
  const { db } = await io.connect();
  const input = { team, handoff, at, by: flags.get("by"), actor: cliActor() };
  const h = ack ? await acknowledgeHandoff(db, { ...input, override: flags.get("override") ?? null }) : await startNextStage(db, input);
  const recorded = h[milestone];
  const what = ack
    ? `acknowledged at ${recorded} by ${h.acknowledgedBy ?? "unknown"} (${h.acknowledgedByPrincipal ?? "unknown"})${h.override === null ? "" : `, overriding failed gates: ${h.override}`}`
    : `next stage started at ${recorded} by ${h.nextStageStartedBy ?? "unknown"}`;
  io.out(`${h.id}: ${what}${recorded === at.toISOString() ? "" : " (recorded before; unchanged)"}`);
  return EXIT.ok;
}

async function list(args: string[], io: CommandIo): Promise<number> {
  const { positional, flags, switches } = parseArgs(args, { flags: ["contract", "overdue-at"], switches: ["pending"] });
  const [team = ""] = positionals(positional, ["TEAM"], USAGE[3]);
  const overdueAt = date(flags.get("overdue-at"), "overdue-at");
  const { db } = await io.connect();
  const rows = await listTeamHandoffs(db, team, { contract: flags.get("contract"), ...(switches.has("pending") ? { pendingAcknowledgement: true } : {}) });
  const shown = overdueAt ? rows.filter((h) => isOverdueAt(h, h, overdueAt)) : rows;
  if (shown.length === 0) io.err(`no handoffs in team '${team}' match`);
  else io.out(formatList(shown, overdueAt ?? new Date()));
  return EXIT.ok;
}

export const handoffCommand: Command = {
  name: "handoff",
  usage: "handoff submit|acknowledge|start|list ...",
  summary: "submit a payload under a contract (exit 1 when a gate fails), acknowledge, start the next stage, list",
  details: [
    ...USAGE.map((u) => `  rolegraph ${u}`),
    "",
    "PAYLOAD.json is one JSON object whose keys are the contract's `requires` fields (text: a string,",
    "list: an array, number, boolean); each gate's `check` reads one field. An example per seeded",
    "contract: seed/examples/handoffs/<contract>.json, e.g.",
    "  rolegraph handoff submit dpos-data-team pm-to-architect seed/examples/handoffs/pm-to-architect.json",
  ].join("\n"),
  run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "submit") return submit(rest, io);
    if (sub === "acknowledge" || sub === "ack") return mark(rest, io, "acknowledgedAt");
    if (sub === "start") return mark(rest, io, "nextStageStartedAt");
    if (sub === "list") return list(rest, io);
    throw new UsageError(`${sub === undefined ? "a subcommand is needed" : `unknown subcommand '${sub}'`}:\n${USAGE.map((u) => `  rolegraph ${u}`).join("\n")}`);
  },
};
