import { formatDocumentError, parseTeamDocument, type ParseResult } from "@rolegraph/schema";
import { UsageError, type CommandIo } from "../command.ts";
import { FileRefused, readTextFile } from "../read-file.ts";

export interface ReadOptions {
  /** Read through a symbolic link that leads out of the working directory (`--follow-symlinks`). */
  followSymlinks?: boolean;
}

/**
 * Reads and validates a team file ("-" for stdin), printing each error as FILE:LINE:COL.
 * The file is read by readTextFile (only a regular file, only up to MAX_DOCUMENT_BYTES, not
 * through a link out of the working tree): a file too big is invalid input, printed as a
 * problem; a device, a directory or a link refused is a usage error. Neither quotes the file.
 */
export function readDocument(file: string | undefined, io: CommandIo, options: ReadOptions = {}): { text: string; result: ParseResult } {
  if (!file) throw new UsageError("a FILE is needed");
  const config = io.config;
  let text: string;
  try {
    text = readTextFile(file, { maxBytes: config.MAX_DOCUMENT_BYTES, followSymlinks: options.followSymlinks });
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    if (error.kind !== "size") throw new UsageError(error.message);
    io.err(error.message);
    io.err(`${file}: 1 problem`);
    return { text: "", result: { ok: false, errors: [{ path: "", message: error.message }] } };
  }
  const result = parseTeamDocument(text, {
    maxBytes: config.MAX_DOCUMENT_BYTES, maxAliasCount: config.MAX_ALIAS_COUNT, maxElements: config.MAX_DOCUMENT_ELEMENTS,
  });
  if (!result.ok) {
    for (const e of result.errors) io.err(formatDocumentError(e, file));
    io.err(`${file}: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}`);
  }
  return { text, result };
}
