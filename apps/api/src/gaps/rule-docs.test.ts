import { readFileSync } from "node:fs";
import { RULES } from "@rolegraph/rules";
import { describe, expect, it } from "vitest";
import { ruleReference, RULES_END, RULES_START, withRuleReference } from "./rule-docs.ts";

const DOC = new URL("../../../../docs/gap-report.md", import.meta.url);

describe("the rule reference in docs/gap-report.md", () => {
  it("has a section for every rule, as the rule definitions say (SARIF's helpUri anchors)", () => {
    const doc = readFileSync(DOC, "utf8");
    const missing = RULES.filter((r) => !doc.includes(`\n### ${r.id}\n`)).map((r) => r.id);
    expect(missing, `docs/gap-report.md has no section for ${missing.join(", ")}: run \`npm run docs:rules\``).toEqual([]);
    expect(doc, "docs/gap-report.md's rule reference is stale: run `npm run docs:rules`").toBe(withRuleReference(doc, RULES));
  });

  it("every rule says why it matters, in more than its one-line summary", () => {
    const thin = RULES.filter((r) => r.description.length < 80 || r.description === r.summary).map((r) => r.id);
    expect(thin).toEqual([]);
  });

  it("replaces the block it wrote, and appends one to a document without it", () => {
    const rules = RULES.slice(0, 1);
    const appended = withRuleReference("# Doc\n", rules);
    expect(appended).toBe(`# Doc\n\n## Rule reference\n\n${ruleReference(rules)}\n`);
    expect(withRuleReference(appended, rules)).toBe(appended);
    expect(withRuleReference(appended, RULES.slice(0, 2))).toContain(`### ${RULES[1]?.id}`);
    expect(appended.indexOf(RULES_START)).toBeLessThan(appended.indexOf(RULES_END));
  });
});
