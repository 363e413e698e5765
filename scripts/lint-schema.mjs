// The schema linter in `npm run lint`: graphql-schema-linter over the printed schema
// (apps/api/schema.graphql) requires a description on every type, field, argument and enum
// value. What was undocumented when the linter came in is listed in
// apps/api/schema-undocumented.txt and may only shrink: anything new without a description
// fails, named with its line; a listed item that gained a description must leave the list.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const RULES = "types-have-descriptions,fields-have-descriptions,arguments-have-descriptions,enum-values-have-descriptions";
const SCHEMA = "apps/api/schema.graphql";
const BASELINE = "apps/api/schema-undocumented.txt";

const run = spawnSync("npx", ["--no-install", "graphql-schema-linter", SCHEMA, "--rules", RULES, "--format", "compact"], { encoding: "utf8" });
if (run.error || (run.status !== 0 && run.status !== 1)) {
  console.error(`graphql-schema-linter did not run: ${run.error?.message ?? run.stderr}`);
  process.exit(2);
}
const problems = run.stdout.split("\n").filter((line) => line.includes("missing a description"));
// "The field `Team.roles` is missing a description." -> "field Team.roles";
// "The `team` argument of `acknowledgeHandoff` is missing ..." -> "argument acknowledgeHandoff(team)".
const itemOf = (line) => {
  const argument = /The `([^`]+)` argument of `([^`]+)` is missing/.exec(line);
  if (argument) return `argument ${argument[2]}(${argument[1]})`;
  return /The ([\w ]+?) `([^`]+)` is missing/.exec(line)?.slice(1, 3).join(" ") ?? line;
};
const known = new Set(readFileSync(BASELINE, "utf8").split("\n").filter((l) => l && !l.startsWith("#")));
const found = new Set(problems.map(itemOf));
const fresh = problems.filter((line) => !known.has(itemOf(line)));
const documented = [...known].filter((item) => !found.has(item));
if (process.argv.includes("--write-baseline")) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(BASELINE, `# Schema items without a description when the schema linter came in (issue 20): this list may only shrink.\n${[...found].sort().join("\n")}\n`);
  console.log(`${BASELINE}: ${found.size} items`);
  process.exit(0);
}
for (const line of fresh) console.error(`${line.replace(`${process.cwd()}/`, "")}: add a description (Pothos: description: "...")`);
for (const item of documented) console.error(`${BASELINE}: ${item} has a description now: remove it from the list`);
if (fresh.length + documented.length > 0) {
  console.error(`schema lint: ${fresh.length} undescribed, ${documented.length} to remove from ${BASELINE}; ${found.size - fresh.length} older ones still listed`);
  process.exit(1);
}
console.log(`schema lint: every new type, field, argument and enum value is described (${known.size} older ones listed in ${BASELINE})`);
