import { existsSync, readFileSync } from "node:fs";
import { fromTeam, RULES, teamReport } from "@rolegraph/rules";
import { parseTeamDocument } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { docsUrl } from "../../cli/commands/sarif-source.ts";
import { DEFAULT_DOCS_URL, headingAnchor, REPOSITORY_URL, repositoryWebUrl } from "./docs-url.ts";
import { toSarif } from "./sarif.ts";

const ROOT = new URL("../../../../../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as { repository?: string | { url?: string } };
const DOC = readFileSync(new URL("docs/gap-report.md", ROOT), "utf8");
// Every heading's anchor as GitHub makes it (a repeated heading gets -1, -2...).
const anchors = new Set<string>();
for (const [, heading = ""] of DOC.matchAll(/^#{1,6} (.+)$/gm)) {
  const base = headingAnchor(heading);
  let anchor = base;
  for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
  anchors.add(anchor);
}
const parsed = parseTeamDocument(readFileSync(new URL("seed/examples/startup-team.yaml", ROOT), "utf8"));
if (!parsed.ok) throw new Error("seed/examples/startup-team.yaml does not parse");
const REPORT = teamReport(fromTeam(parsed.team), { asOf: new Date("2026-12-06T00:00:00Z") });

describe("SARIF's default helpUri", () => {
  it("is the repository package.json names, at docs/gap-report.md, a file that exists", () => {
    expect(repositoryWebUrl(manifest.repository)).toBe(REPOSITORY_URL);
    expect(DEFAULT_DOCS_URL.startsWith(`${REPOSITORY_URL}/blob/HEAD/`)).toBe(true);
    expect(existsSync(new URL(DEFAULT_DOCS_URL.slice(`${REPOSITORY_URL}/blob/HEAD/`.length), ROOT))).toBe(true);
  });

  it("points every rule at an anchor docs/gap-report.md has", () => {
    const sarif = JSON.parse(toSarif(REPORT)) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const dangling = rules.filter((r) => {
      const [page, anchor = ""] = r.helpUri.split("#");
      return page !== DEFAULT_DOCS_URL || !anchors.has(anchor);
    });
    expect(dangling.map((r) => r.helpUri)).toEqual([]);
  });

  it("gives way to ROLEGRAPH_DOCS_URL", () => {
    expect(docsUrl({})).toBe(DEFAULT_DOCS_URL);
    expect(docsUrl({ ROLEGRAPH_DOCS_URL: "https://docs.example.org/gap-report.html" })).toBe("https://docs.example.org/gap-report.html");
    const sarif = toSarif(REPORT, { docsUrl: "https://docs.example.org/gap-report.html" });
    expect(sarif).toContain("\"helpUri\": \"https://docs.example.org/gap-report.html#gateless-contract\"");
  });

  it("reads package.json's repository in its usual forms, and makes GitHub's heading anchors", () => {
    expect(repositoryWebUrl("git+https://github.com/o/r.git")).toBe("https://github.com/o/r");
    expect(repositoryWebUrl({ url: "git://github.com/o/r.git" })).toBe("https://github.com/o/r");
    expect(repositoryWebUrl("github:o/r")).toBe("https://github.com/o/r");
    expect(repositoryWebUrl("o/r")).toBe("https://github.com/o/r");
    expect(repositoryWebUrl(undefined)).toBeUndefined();
    expect(headingAnchor("context-hoarding")).toBe("context-hoarding");
    expect(headingAnchor("`cadence-mismatch` (warning, artifact)")).toBe("cadence-mismatch-warning-artifact");
  });
});
