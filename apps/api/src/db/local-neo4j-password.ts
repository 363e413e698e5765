import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The embedded Neo4j's password: random, made on the first start (or the first start after an
 * upgrade from a data directory without one), kept in the data directory readable by the
 * user only. The API, the CLI and a second process on the same directory read it from there.
 */
export const PASSWORD_FILE = "rolegraph-neo4j-password";
export const LOCAL_USER = "neo4j";

export function passwordPath(dataDir: string): string {
  return join(dataDir, PASSWORD_FILE);
}

/** Reads the password, making it (and the data directory, private) when there is none yet. */
export function ensurePassword(dataDir: string, log: (line: string) => void = () => {}): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // The store itself is the data: other local users should not read it either.
  if ((statSync(dataDir).mode & 0o077) !== 0) chmodSync(dataDir, 0o700);
  const path = passwordPath(dataDir);
  if (!existsSync(path)) {
    const password = randomBytes(24).toString("base64url");
    try {
      writeFileSync(path, `${password}\n`, { mode: 0o600, flag: "wx" });
      log(`neo4j: generated a password for the embedded Neo4j (user ${LOCAL_USER}) in ${path}`);
      return password;
    } catch (error) {
      // Another process made it first: theirs is the one.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return readPassword(dataDir);
}

/** The password of an embedded Neo4j already running on this directory. */
export function readPassword(dataDir: string): string {
  const password = readFileSync(passwordPath(dataDir), "utf8").trim();
  if (password.length < 16) throw new Error(`${passwordPath(dataDir)} holds no usable password; delete it and start again to make a new one`);
  return password;
}
