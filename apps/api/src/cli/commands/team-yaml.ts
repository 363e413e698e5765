import { createRequire } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { stringify } from "yaml";

/** The team JSON Schema this installation ships (packages/schema/team.schema.json). */
export const TEAM_SCHEMA_FILE = createRequire(import.meta.url).resolve("@rolegraph/schema/team.schema.json");

/**
 * A team document as YAML, as `rolegraph export` writes it. Its first line tells editors
 * (yaml-language-server) where the schema is: a path relative to where the file is written
 * (`-o`; the working directory for stdout) to the schema this installation ships, so it
 * resolves without a network and without a published URL.
 */
export function teamYaml(doc: unknown, writtenTo: string | undefined, cwd = process.cwd()): string {
  const from = writtenTo ? dirname(resolve(cwd, writtenTo)) : cwd;
  const schema = relative(from, TEAM_SCHEMA_FILE).replace(/\\/g, "/");
  return `# yaml-language-server: $schema=${schema}\n${stringify(doc, { lineWidth: 0 })}`;
}
