// Which locked packages refuse a Node version (issue 20): the same test npm applies when it
// prints "EBADENGINE Unsupported engine", made over package-lock.json so it runs in lint
// without installing anything. Pure: the lock and the versions come in as plain data.
import semver from "semver";

/** The slice of a package-lock.json (lockfileVersion 2 or 3) this check reads. */
export interface LockFile {
  packages: Record<string, { version?: string; engines?: Record<string, string> | string[]; optional?: boolean; link?: boolean }>;
}

/** One package whose `engines.node` excludes a Node version the project supports. */
export interface EngineProblem {
  path: string;
  version: string;
  required: string;
  node: string;
}

/** The lowest Node version the root `engines.node` range admits ("20.19.0" for ">=20.19"). */
export function lowestSupportedNode(range: string): string {
  const lowest = semver.minVersion(range);
  if (!lowest) throw new Error(`package.json engines.node "${range}" admits no Node version`);
  return lowest.version;
}

/** Every locked package (the root and workspaces excluded) whose engines.node rejects one of `nodes`. */
export function unsupportedEngines(lock: LockFile, nodes: readonly string[]): EngineProblem[] {
  const problems: EngineProblem[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    // "" is the root, and workspace folders are ours: their engines are the project's own.
    if (!path.includes("node_modules/") || entry.link) continue;
    // npm's old array form of "engines" is advisory and npm ignores it; so does this check.
    const required = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (!required) continue;
    for (const node of nodes) {
      // includePrerelease as npm-install-checks does, so "22.0.0-rc" ranges compare as npm's.
      if (!semver.satisfies(node, required, { includePrerelease: true })) {
        problems.push({ path, version: entry.version ?? "?", required, node });
      }
    }
  }
  return problems;
}
