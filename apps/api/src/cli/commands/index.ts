import type { Command } from "../command.ts";
import { diffCommand } from "./diff.ts";
import { exportCommand } from "./export.ts";
import { handoffCommand } from "./handoff.ts";
import { historyCommand } from "./history.ts";
import { importCommand } from "./import.ts";
import { lintCommand } from "./lint.ts";
import { reportCommand } from "./report.ts";
import { teamsCommand } from "./teams.ts";
import { validateCommand } from "./validate.ts";

/** Every CLI command; one file each in this folder. */
export const COMMANDS: Command[] = [validateCommand, importCommand, exportCommand, teamsCommand, reportCommand, lintCommand, handoffCommand, historyCommand, diffCommand];
