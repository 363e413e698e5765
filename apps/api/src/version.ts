import { readFileSync } from "node:fs";

/**
 * The API's version, from its package.json (the same two levels up from src/ and from the
 * compiled dist/): SARIF's tool version, the trace resource's service.version, `--version`.
 */
export const VERSION: string = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
