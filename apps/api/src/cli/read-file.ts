import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";

export interface ReadLimits {
  /** Most bytes read; a bigger file is refused before any of it is read. */
  maxBytes: number;
  /** Read through symbolic links that lead out of the working directory (off: refused). */
  followSymlinks?: boolean;
  /** The working tree links must stay in (default: the process's working directory). */
  cwd?: string;
}

/**
 * Why a file was not read. The message names the file, what it is and the limit, and never
 * quotes its content: a file refused before parsing may be anything (a secret, a device).
 * `kind` "size" is invalid input (exit 1); the others are usage errors (exit 2).
 */
export class FileRefused extends Error {
  constructor(readonly kind: "size" | "type" | "symlink" | "io", message: string) {
    super(message);
  }
}

/**
 * Reads a team file as text, "-" for stdin, safely: only a regular file (not a device, a
 * FIFO or a directory), only up to `maxBytes` (its size is checked with stat before it is
 * opened and again on the open descriptor, and the read itself stops at the limit, so a
 * file that grows or a stream that never ends cannot take the memory: before, `import
 * /dev/zero` reached 6 GB and a 1 GB file failed with ERR_STRING_TOO_LONG after reading it),
 * and not through a symbolic link that leads out of the working tree unless asked (a link
 * committed to a checkout must not make CI read, and print, a secret beside it).
 */
export function readTextFile(file: string, limits: ReadLimits): string {
  if (file === "-") return readBounded(0, limits.maxBytes, "-: the input").toString("utf8");
  const path = checkedPath(file, limits);
  const before = stat(file, path);
  refuseUnlessFitting(file, before, limits.maxBytes);
  let fd: number;
  try {
    // O_NOFOLLOW on the resolved path: a link swapped in after the check is not followed.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileRefused("io", `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  try {
    refuseUnlessFitting(file, fstatSync(fd), limits.maxBytes);
    return readBounded(fd, limits.maxBytes, `${file}: the file`).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** The real path to open; refused when a link leads it out of the working tree. */
function checkedPath(file: string, limits: ReadLimits): string {
  const cwd = limits.cwd ?? process.cwd();
  let real: string;
  try {
    real = realpathSync(resolve(cwd, file));
  } catch (error) {
    throw new FileRefused("io", `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  const linked = real !== resolve(cwd, file);
  if (linked && !limits.followSymlinks && !inside(realpathSync(cwd), real)) {
    throw new FileRefused("symlink", `${file} is a symbolic link to a file outside the working directory; pass --follow-symlinks to read it`);
  }
  return real;
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

function stat(file: string, path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw new FileRefused("io", `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
}

function refuseUnlessFitting(file: string, stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw new FileRefused("type", `${file} is not a regular file (${describe(stats)})`);
  if (stats.size > maxBytes) {
    throw new FileRefused("size", `${file}: the file is ${stats.size} bytes; the limit is ${maxBytes} (MAX_DOCUMENT_BYTES)`);
  }
}

function describe(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}

/** Reads until the end or one byte past the limit, whichever comes first. `what` starts the refusal. */
function readBounded(fd: number, maxBytes: number, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // stdin as a non-blocking pipe: nothing yet, wait a moment and read again.
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw new FileRefused("io", `${what} cannot be read: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) throw new FileRefused("size", `${what} is more than ${maxBytes} bytes; the limit is ${maxBytes} (MAX_DOCUMENT_BYTES)`);
  }
  return Buffer.concat(chunks, total);
}
