import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TEAM_SCHEMA_FILE, teamYaml } from "./team-yaml.ts";

/** The schema path of the modeline, resolved as an editor resolves it: from the file's folder. */
const schemaOf = (text: string, writtenTo: string) => resolve(dirname(writtenTo), /\$schema=(\S+)/.exec(text)?.[1] ?? "");

describe("exported YAML", () => {
  it("points its $schema at the schema this installation ships, relative to where the file is written", () => {
    const doc = { version: 1, team: { id: "t", name: "T" } };
    for (const out of ["/tmp/elsewhere/team.yaml", join(process.cwd(), "teams", "t.yaml"), join(dirname(TEAM_SCHEMA_FILE), "t.yaml")]) {
      const text = teamYaml(doc, out);
      expect(schemaOf(text, out)).toBe(TEAM_SCHEMA_FILE);
      expect(existsSync(schemaOf(text, out))).toBe(true);
      expect(parse(text)).toEqual(doc);
    }
    // Printed to stdout: relative to the working directory.
    expect(schemaOf(teamYaml(doc, undefined, "/srv/repo"), "/srv/repo/x.yaml")).toBe(TEAM_SCHEMA_FILE);
    expect(teamYaml(doc, undefined)).not.toContain("https://");
  });
});
