import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandIo } from "../../apps/api/src/cli/command.ts";
import { importCommand } from "../../apps/api/src/cli/commands/import.ts";
import { lintCommand } from "../../apps/api/src/cli/commands/lint.ts";
import { reportCommand } from "../../apps/api/src/cli/commands/report.ts";
import { parseEnv } from "../../apps/api/src/env.ts";
import { recordTeamSource } from "../../apps/api/src/services/team-source.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { VERSION } from "../../apps/api/src/version.ts";
import { DEFAULT_DOCS_URL } from "../../apps/api/src/gaps/format/docs-url.ts";
import { loadTeam, ROOT, uniqueTeamId } from "../helpers.ts";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { db } from "./fixture.ts";

// SARIF as GitHub code scanning and Azure DevOps take it: valid against the SARIF 2.1.0 JSON
// schema (draft-04; the copy @microsoft/jest-sarif ships) and with what GitHub's upload
// documents as required ("SARIF support for code scanning"), for a file (lint) and for a
// stored team (report), whose results point into the file it was imported from.
const FILE = "seed/examples/startup-team.yaml";
const text = readFileSync(join(ROOT, FILE), "utf8");
const schema = JSON.parse(readFileSync(join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as object;
const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
addFormats(ajv);
const validSarif = ajv.compile(schema);
const temp = mkdtempSync(join(tmpdir(), "rolegraph-sarif-"));
const teams: string[] = [];
afterAll(async () => {
  rmSync(temp, { recursive: true, force: true });
  for (const id of teams) await deleteTeam(db, id, true);
});

interface Sarif {
  runs: { tool: { driver: { name: string; version?: string; rules: Record<string, unknown>[] } }; results: Result[] }[];
}
interface Result {
  ruleId: string;
  message?: { text?: string };
  partialFingerprints?: Record<string, string>;
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } }; logicalLocations: { kind: string; name: string }[] }[];
}

/** What GitHub's SARIF upload documents as required, as a list of what is missing. */
function githubProblems(sarif: Sarif): string[] {
  const problems: string[] = [];
  for (const run of sarif.runs) {
    if (!run.tool.driver.name) problems.push("tool.driver.name");
    if (!run.tool.driver.version) problems.push("tool.driver.version");
    for (const rule of run.tool.driver.rules as { id?: string; shortDescription?: { text?: string }; fullDescription?: { text?: string }; help?: { text?: string; markdown?: string }; helpUri?: string }[]) {
      const missing = [!rule.id && "id", !rule.shortDescription?.text && "shortDescription", !rule.fullDescription?.text && "fullDescription",
        !rule.help?.text && "help.text", !rule.help?.markdown && "help.markdown", !rule.helpUri && "helpUri"].filter(Boolean);
      if (missing.length > 0) problems.push(`rule ${rule.id}: ${missing.join(", ")}`);
    }
    for (const result of run.results) {
      const location = result.locations?.[0]?.physicalLocation;
      const missing = [!result.message?.text && "message.text", !location?.artifactLocation?.uri && "physicalLocation.artifactLocation.uri",
        !(Number(location?.region?.startLine) >= 1) && "region.startLine", !result.partialFingerprints && "partialFingerprints",
        (result.locations?.length ?? 0) > 10 && "at most 10 locations"].filter(Boolean);
      if (missing.length > 0) problems.push(`result ${result.ruleId}: ${missing.join(", ")}`);
    }
  }
  return problems;
}

/** The line of `- id: <id>` in a YAML text, by plain search: the oracle for SARIF lines. */
function definitionLine(yaml: string, id: string): number {
  return yaml.split("\n").findIndex((l) => new RegExp(`^\\s*- (\\{ )?id: ${id}\\b`).test(l)) + 1;
}

async function sarifOf(command: typeof lintCommand, args: string[]): Promise<{ sarif: Sarif; err: string }> {
  const output = join(temp, `${Math.random().toString(36).slice(2)}.sarif`);
  const err: string[] = [];
  const io: CommandIo = { config: parseEnv({}), out: () => {}, err: (t) => err.push(t), connect: async () => ({ db, close: async () => {} }) };
  await command.run([...args, "--format", "sarif", "-o", output], io);
  return { sarif: JSON.parse(readFileSync(output, "utf8")) as Sarif, err: err.join("\n") };
}

function expectAccepted(sarif: Sarif) {
  expect(validSarif(sarif), JSON.stringify(validSarif.errors?.slice(0, 5))).toBe(true);
  expect(githubProblems(sarif)).toEqual([]);
}

const team = uniqueTeamId("sarif");
beforeAll(async () => {
  await importTeam(db, loadTeam(FILE, team));
  teams.push(team);
});

describe("SARIF for code scanning", () => {
  it("the schema check and the GitHub check can fail", () => {
    expect(validSarif({ version: "2.1.0", runs: [{ tool: {} }] })).toBe(false);
    expect(githubProblems({ runs: [{ tool: { driver: { name: "x", rules: [{ id: "r" }] } }, results: [{ ruleId: "r", locations: [{ logicalLocations: [] }] }] }] }))
      .toEqual(["tool.driver.version", "rule r: shortDescription, fullDescription, help.text, help.markdown, helpUri", "result r: message.text, physicalLocation.artifactLocation.uri, region.startLine, partialFingerprints"]);
  });

  it("lint: every rule described with a help URI at its section, the tool's version, results at their lines", async () => {
    const { sarif } = await sarifOf(lintCommand, [FILE]);
    expectAccepted(sarif);
    const [run] = sarif.runs;
    expect(run?.tool.driver.version).toBe(VERSION);
    expect(run?.tool.driver.rules.find((r) => r.id === "gateless-contract")).toMatchObject({
      helpUri: `${DEFAULT_DOCS_URL}#gateless-contract`,
      fullDescription: { text: expect.stringContaining("A handoff without gates is a suggestion") },
      help: { markdown: expect.stringContaining(`[Rule reference](${DEFAULT_DOCS_URL}#gateless-contract)`) },
    });
    expect(run?.results).toHaveLength(7);
    for (const result of run?.results ?? []) {
      const [location] = result.locations ?? [];
      expect(location?.physicalLocation?.artifactLocation?.uri).toBe(FILE);
      expect(location?.physicalLocation?.region?.startLine).toBe(definitionLine(text, location?.logicalLocations[0]?.name ?? ""));
    }
  });

  it("report of a stored team: results in the file it was imported from, with the same fingerprints as lint's", async () => {
    await recordTeamSource(db, team, FILE);
    const { sarif } = await sarifOf(reportCommand, [team]);
    expectAccepted(sarif);
    const linted = (await sarifOf(lintCommand, [FILE])).sarif;
    const where = (s: Sarif) => s.runs[0]?.results.map((r) => [r.ruleId, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri, r.locations?.[0]?.physicalLocation?.region?.startLine]);
    expect(where(sarif)).toEqual(where(linted));
    // The fingerprints hash rule, subject and related ids: the same finding is the same alert,
    // from lint or report, wherever its line moves.
    expect(sarif.runs[0]?.results.map((r) => r.partialFingerprints)).toEqual(linted.runs[0]?.results.map((r) => r.partialFingerprints));
    expect(new Set(sarif.runs[0]?.results.map((r) => r.partialFingerprints?.["rolegraph/subject/v1"])).size).toBe(7);
  });

  it("`rolegraph import` records the file; a team that never came from a file is placed at teams/<id>.yaml, lines as export writes it", async () => {
    const copy = join(temp, "team.yaml");
    const imported = uniqueTeamId("sarif-import");
    writeFileSync(copy, text.replace(/^ {2}id: startup-team$/m, `  id: ${imported}`));
    const io: CommandIo = { config: parseEnv({}), out: () => {}, err: () => {}, connect: async () => ({ db, close: async () => {} }) };
    expect(await importCommand.run([copy], io)).toBe(0);
    teams.push(imported);
    const fromFile = (await sarifOf(reportCommand, [imported])).sarif;
    expect(fromFile.runs[0]?.results[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(pathToFileURL(copy).href);

    const bare = uniqueTeamId("sarif-bare");
    await importTeam(db, loadTeam(FILE, bare));
    teams.push(bare);
    const placed = (await sarifOf(reportCommand, [bare])).sarif;
    expectAccepted(placed);
    const [first] = placed.runs[0]?.results ?? [];
    expect(first?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(`teams/${bare}.yaml`);
    expect(first?.locations?.[0]?.physicalLocation?.region?.startLine).toBeGreaterThan(1);
  });
});
