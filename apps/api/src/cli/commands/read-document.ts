import { readFileSync } from "node:fs";
import { formatDocumentError, parseTeamDocument, type ParseResult } from "@rolegraph/schema";
import { UsageError, type CommandIo } from "../command.ts";

/** Reads and validates a team file ("-" for stdin), printing each error as FILE:LINE:COL. */
export function readDocument(file: string | undefined, io: CommandIo): { text: string; result: ParseResult } {
  if (!file) throw new UsageError("a FILE is needed");
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const result = parseTeamDocument(text, { maxBytes: io.config.MAX_DOCUMENT_BYTES, maxAliasCount: io.config.MAX_ALIAS_COUNT });
  if (!result.ok) {
    for (const e of result.errors) io.err(formatDocumentError(e, file));
    io.err(`${file}: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}`);
  }
  return { text, result };
}
