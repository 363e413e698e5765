// Rewrites the rule reference at the end of docs/gap-report.md from the rule definitions in
// packages/rules (apps/api/src/gaps/rule-docs.ts): run after adding or changing a rule.
import { readFileSync, writeFileSync } from "node:fs";
import { RULES } from "@rolegraph/rules";
import { withRuleReference } from "../apps/api/src/gaps/rule-docs.ts";

const file = new URL("../docs/gap-report.md", import.meta.url);
writeFileSync(file, withRuleReference(readFileSync(file, "utf8"), RULES));
console.log(`docs/gap-report.md: rule reference of ${RULES.length} rules written`);
