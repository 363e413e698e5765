import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "@rolegraph/rules";
import { render } from "../../apps/api/src/gaps/format/index.ts";
import { gapReport } from "../../apps/api/src/services/gaps.ts";
import type { GapReport } from "../../apps/api/src/gaps/types.ts";
import { loadTeam, ROOT, uniqueTeamId } from "../helpers.ts";
import { db, imported } from "./fixture.ts";

const FILE = "seed/examples/startup-team.yaml";
const text = readFileSync(join(ROOT, FILE), "utf8");
let report: GapReport;

/** The line of `- id: <id>` under `<section>:`, found by plain text search: the oracle for SARIF lines. */
function definitionLine(section: string, id: string): number {
  const lines = text.split("\n");
  const start = lines.indexOf(`${section}:`);
  const index = lines.findIndex((l, i) => i > start && new RegExp(`^\\s*- (\\{ )?id: ${id}\\b`).test(l));
  return index + 1;
}

beforeAll(async () => {
  const id = await imported(loadTeam(FILE, uniqueTeamId("formats")));
  const result = await gapReport(db, id, { asOf: new Date("2026-03-01T00:00:00Z") });
  if (!result) throw new Error("no report");
  // Printed as the file's team: its findings name that team too (each finding carries its team).
  const team = <F extends { team?: string }>(f: F) => ({ ...f, team: "startup-team" });
  report = { ...result, teamId: "startup-team", findings: result.findings.map(team), suppressed: result.suppressed.map(team) };
});

describe("SARIF", () => {
  it("is SARIF 2.1.0 from the rolegraph driver with every rule, its help and default level", () => {
    const sarif = JSON.parse(render(report, "sarif", { file: FILE, text }));
    expect(sarif.version).toBe("2.1.0");
    const driver = sarif.runs[0].tool.driver;
    expect(driver.name).toBe("rolegraph");
    expect(driver.rules).toHaveLength(RULES.length);
    expect(driver.rules.find((r: { id: string }) => r.id === "compression-chain").defaultConfiguration).toEqual({ level: "note" });
    expect(driver.rules[0].help.text).toContain("Fix: Role OSes are bilateral contracts: if you take, you give.");
    expect(driver.rules[0].fullDescription.text).toMatch(/^A role that consumes at least one artifact/);
  });

  it("points each result at the line where its subject is defined, with a logical location", () => {
    const sarif = JSON.parse(render(report, "sarif", { file: FILE, text }));
    const section = { role: "roles", artifact: "artifacts", agent: "agents", contract: "contracts" } as Record<string, string>;
    const got = sarif.runs[0].results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { kind: string; name: string }[] }[] }) => {
      const [loc] = r.locations;
      return [r.ruleId, r.level, loc?.physicalLocation.artifactLocation.uri, loc?.logicalLocations[0]?.kind, loc?.logicalLocations[0]?.name, loc?.physicalLocation.region.startLine];
    });
    expect(got).toHaveLength(7);
    for (const [, , uri, kind, name, line] of got) {
      expect(uri).toBe(FILE);
      expect(definitionLine(section[kind] ?? "", name)).toBeGreaterThan(0);
      expect(line).toBe(definitionLine(section[kind] ?? "", name));
    }
    expect(got[0]).toEqual(["context-hoarding", "error", FILE, "role", "sales-lead", definitionLine("roles", "sales-lead")]);
  });

  it("without the file's text, results keep their logical location only", () => {
    const sarif = JSON.parse(render(report, "sarif"));
    expect(sarif.runs[0].results[0].locations).toEqual([{ logicalLocations: [{ kind: "role", name: "sales-lead", fullyQualifiedName: "startup-team/role/sales-lead" }] }]);
  });
});

describe("Markdown, JSON and HTML", () => {
  it("Markdown opens with the score and the summary table, then findings by severity with their fix", () => {
    const md = render(report, "md");
    expect(md.split("\n").slice(0, 14)).toEqual([
      "# Coordination gaps: startup-team",
      "",
      // The translation debt beside the score (issue 18): nine seams, none under a contract with a gate.
      "Score **49**/100 as of 2026-03-01T00:00:00.000Z: 3 errors, 4 warnings, 0 infos; translation debt 14 (9 of 9 seams with no contract).",
      "",
      "| Rule | Severity | Findings |",
      "|---|---|---:|",
      "| `context-hoarding` | error | 1 |",
      "| `orphan-output` | warning | 1 |",
      "| `uncontracted-handoff` | warning | 2 |",
      "| `gateless-contract` | error | 1 |",
      "| `unguarded-agent` | error | 1 |",
      "| `unformatted-artifact` | warning | 1 |",
      "| **total** | | **7** |",
      "",
    ]);
    expect(md).toContain("## Errors (3)");
    expect(md).toContain("## Warnings (4)");
    expect(md).not.toContain("## Infos");
    // Where each role stands on the essay's path: the founder has mapped its engagement and nothing more.
    expect(md).toContain("## Adoption (8 of 24 steps)");
    expect(md).toContain("| `founder` | ✓ | · | · | · | · | · | 1 |");
    expect(md).toContain("## Translation debt (14)");
    expect(md).toContain("- **`gateless-contract`** contract `designer-to-engineer`: Contract Design handoff from Designer to Lead Engineer has no gates: a suggestion, not a contract\n  *Fix:* ");
  });

  it("JSON is the report object itself", () => {
    expect(JSON.parse(render(report, "json"))).toEqual(report);
  });

  it("HTML is one self-contained page with bar charts per role and per stage", () => {
    const html = render(report, "html");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('aria-label="Findings per role"');
    expect(html).toContain('aria-label="Findings per stage"');
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\(/i);
    expect(html).toContain("<title>Coordination gaps: startup-team</title>");
    // sales-lead has one error (hoarding) and one warning (its orphan notes): two segments.
    expect(html).toMatch(/>sales-lead<\/text><rect [^>]*fill="#c62828"><title>1 error<\/title><\/rect><rect [^>]*fill="#ef8f00"><title>1 warning<\/title>/);
    // Translation debt beside the score, and the six steps per role (issue 18).
    expect(html).toContain("&middot; translation debt 14 (9 of 9 seams with no contract)</p>");
    expect(html).toContain("<h2>Adoption (8 of 24 steps)</h2>");
  });

  it("SARIF keeps the translation debt and adoption beside the score in its run properties", () => {
    const props = JSON.parse(render(report, "sarif")).runs[0].properties;
    expect(props).toMatchObject({ score: 49, translationDebt: 14, adoption: { done: 8, possible: 24 } });
    expect(props.adoption.reached).toEqual({ founder: 1, "lead-engineer": 3, designer: 2, "sales-lead": 1 });
  });
});
