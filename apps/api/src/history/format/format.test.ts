import { describe, expect, it } from "vitest";
import { diffTeams } from "../diff.ts";
import { PAIR, teamOf } from "../testing.ts";
import { withoutElements } from "../without.ts";
import { renderDiff } from "./index.ts";
import { COMMENT_MARKER } from "./markdown.ts";

const before = teamOf(PAIR);
const noPm = diffTeams(before, withoutElements(before, [{ kind: "ROLE", id: "pm" }]).team);
const compared = { teamId: "t", before: "main", after: "pr" };

describe("the diff as a pull-request comment", () => {
  const md = renderDiff(noPm, "md", compared);

  it("opens with the marker, the title and the score change", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe("### Rolegraph: t (main → pr)");
    expect(lines[3]).toMatch(new RegExp(`^Gap score \\*\\*${noPm.scoreBefore} → ${noPm.scoreAfter}\\*\\* \\(▼ -\\d+\\) · ${noPm.findingsIntroduced.length} findings introduced, 5 resolved · 4 changes$`));
  });

  it("lists introduced findings, errors first, each with its fix, before the changes", () => {
    expect(md).toContain("#### Introduced");
    expect(md).toMatch(/- 🛑 \*\*error\*\* `unsourced-input` artifact `brief`: .*\n {2}\*Fix:\* /);
    expect(md.indexOf("#### Introduced")).toBeLessThan(md.indexOf("#### Changes"));
    expect(md).toContain("| ➖ | role `pm` | removed |");
    // The agent's findings went with it: resolved, and said so.
    expect(md).toMatch(/- ✅ ~~error~~ `undefined-blast-radius` agent `scribe`: .* \(gone with the agent\)\n/);
  });

  it("says the fix the other way round, and shows a changed field with before and after", () => {
    const back = renderDiff(diffTeams(withoutElements(before, [{ kind: "ROLE", id: "pm" }]).team, before), "md", compared);
    expect(back).toContain("#### Resolved");
    expect(back).toMatch(/- ✅ ~~error~~ `unsourced-input` artifact `brief`: [^\n]*it is not marked external\n/);
    const renamed = renderDiff(diffTeams(before, teamOf(PAIR.replace("name: Engineer", "name: Developer"))), "md", compared);
    expect(renamed).toContain('| ✏️ | role `eng` | `name`: `"Engineer"` → `"Developer"` |');
    expect(renamed).toContain("(unchanged)");
  });

  it("folds a long list of changes", () => {
    const many = { ...noPm, changes: Array.from({ length: 70 }, (_, i) => ({ op: "ADDED" as const, kind: "ARTIFACT" as const, id: `a${i}`, field: null, before: null, after: {} })) };
    const text = renderDiff(many, "md", compared);
    expect(text).toContain("<details><summary><b>Changes (70)</b></summary>");
    expect(text).toContain("… and 10 more");
    expect(text.split("\n").filter((l) => l.startsWith("| ➕")).length).toBe(60);
  });
});

describe("the diff as JSON and SARIF", () => {
  it("JSON has GraphQL's fields and what was compared", () => {
    const json = JSON.parse(renderDiff(noPm, "json", compared)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["before", "after", "changes", "findingsIntroduced", "findingsResolved", "scoreBefore", "scoreAfter", "brokenDependents"]);
  });

  it("SARIF has one result per introduced finding, at its line in the proposed file, and the scores", () => {
    const text = "version: 1\nteam: { id: t, name: T }\nartifacts:\n  - id: brief\n    name: Brief\n";
    const sarif = JSON.parse(renderDiff(noPm, "sarif", { ...compared, source: { file: "team.yaml", text } })) as {
      runs: { results: { ruleId: string; locations: { physicalLocation?: { region?: { startLine: number } } }[] }[]; properties: Record<string, unknown> }[];
    };
    const run = sarif.runs[0];
    expect(run?.results.map((r) => r.ruleId).sort()).toEqual(noPm.findingsIntroduced.map((f) => f.rule).sort());
    expect(run?.results.find((r) => r.ruleId === "unsourced-input")?.locations[0]?.physicalLocation?.region?.startLine).toBe(4);
    expect(run?.properties).toMatchObject({ teamId: "t", scoreBefore: noPm.scoreBefore, scoreAfter: noPm.scoreAfter, changes: 4 });
    expect(run?.properties.resolved).toEqual([{ rule: "undefined-blast-radius", subjectKind: "agent", subjectId: "scribe" }, { rule: "copilot-not-specialist", subjectKind: "agent", subjectId: "scribe" },
      // The second rule set's findings on the removed role and its agent go with them.
      { rule: "missing-oversight", subjectKind: "agent", subjectId: "scribe" }, { rule: "context-starved", subjectKind: "role", subjectId: "pm" },
      { rule: "delegation-mismatch", subjectKind: "agent", subjectId: "scribe" }]);
  });
});
