import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fastLoad } from "./fast-load.ts";
import { RULE_IDS } from "./lint.ts";
import { formatDocumentError, parseTeamDocument } from "./parse.ts";

const SEED_DIR = fileURLToPath(new URL("../../../seed/", import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL("../team.schema.json", import.meta.url));
const seedFiles = readdirSync(SEED_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml")).sort();
const read = (file: string) => readFileSync(join(SEED_DIR, file), "utf8");

// Small enough that every line and column asserted below can be counted by eye.
const BASE = `version: 1
team: { id: tiny-team, name: Tiny team }
roles:
  - id: data-pm
    name: Data PM
    consumes:
      - { artifact: customer-interviews, cadence: weekly, stage: discover }
artifacts:
  - id: customer-interviews
    name: Customer interviews
    external: true
`;
const errorsOf = (text: string, limits?: Parameters<typeof parseTeamDocument>[1]) => {
  const result = parseTeamDocument(text, limits);
  return result.ok ? [] : result.errors;
};

describe("seed files", () => {
  it("include the DPOS team and the two examples", () => {
    expect(seedFiles).toEqual(expect.arrayContaining(["dpos-data-team.yaml", "examples/platform-team.yaml", "examples/startup-team.yaml"]));
  });

  it.each(seedFiles)("%s validates and points editors at the JSON Schema", (file) => {
    const text = read(file);
    expect(errorsOf(text)).toEqual([]);
    const schemaPath = relative(dirname(join(SEED_DIR, file)), SCHEMA_FILE);
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${schemaPath}`);
  });

  it("startup team plants only real rule ids about things that exist", () => {
    const text = read("examples/startup-team.yaml");
    const result = parseTeamDocument(text);
    if (!result.ok) throw new Error("startup team must validate");
    const { team } = result;
    const ids = new Set([...team.roles, ...team.artifacts, ...team.agents, ...team.contracts, ...team.stages].map((x) => x.id));
    const planted = [...text.matchAll(/^# planted: (\S+) (\S+)$/gm)].map((m) => [m[1], m[2]] as const);
    expect(planted.length).toBe(7);
    for (const [rule, subject] of planted) {
      expect(RULE_IDS).toContain(rule);
      expect(ids.has(subject ?? "")).toBe(true);
    }
  });

  it("DPOS team keeps the essay's Data PM engagement and cadences", () => {
    const result = parseTeamDocument(read("dpos-data-team.yaml"));
    const pm = result.ok ? result.team.roles.find((r) => r.id === "data-pm") : undefined;
    expect(pm?.engagement).toEqual({ discover: "lead", decide: "lead", build: "support", test: "support", ship: "consult", evaluate: "lead" });
    expect(pm?.consumes.map((f) => f.cadence)).toEqual(["quarterly", "per-cycle", "weekly", "daily", "weekly", "daily"]);
    expect(pm?.produces.length).toBe(5);
  });
});

describe("parseTeamDocument", () => {
  it("fills in the six default stages when a team has none", () => {
    const result = parseTeamDocument(BASE);
    expect(result.ok && result.team.stages.map((s) => s.id)).toEqual(["discover", "decide", "build", "test", "ship", "evaluate"]);
  });

  it("still gives line and column when the document is good YAML read fast but not a valid team", () => {
    // The startup team, read fast as it is (fast-load.ts); two problems planted past line 45.
    const lines = read("examples/startup-team.yaml").split("\n");
    expect(lines[45]).toBe("      - { artifact: design-mockups, cadence: per-cycle, stage: build }");
    expect(lines[49]).toBe("      - { artifact: usage-dashboard, cadence: weekly, stage: evaluate }");
    lines[45] = (lines[45] ?? "").replace("stage: build }", "stage: build, sla: 3 }");
    lines[49] = (lines[49] ?? "").replace("cadence: weekly", "cadence: hourly");
    const bad = lines.join("\n");
    expect(fastLoad(bad, 1_000_000)).toBeDefined();
    expect(errorsOf(bad)).toEqual([
      { path: "roles[1].consumes[1]", message: "unknown field 'sla'", line: 46, column: 71 },
      {
        path: "roles[1].produces[2].cadence",
        message: 'Invalid option: expected one of "continuous"|"daily"|"weekly"|"per-cycle"|"monthly"|"quarterly"|"on-event"',
        line: 50,
        column: 47,
      },
    ]);
  });

  it("reports a wrong enum value at the value", () => {
    expect(errorsOf(BASE.replace("cadence: weekly", "cadence: hourly"))).toEqual([
      {
        path: "roles[0].consumes[0].cadence",
        message: 'Invalid option: expected one of "continuous"|"daily"|"weekly"|"per-cycle"|"monthly"|"quarterly"|"on-event"',
        line: 7,
        column: 51,
      },
    ]);
  });

  it("reports an unknown field at its key, so a typo cannot pass silently", () => {
    const errors = errorsOf(BASE.replace("    name: Customer interviews\n", "    name: Customer interviews\n    fromat: text\n"));
    expect(errors).toEqual([{ path: "artifacts[0]", message: "unknown field 'fromat' (did you mean 'format'?)", line: 11, column: 5 }]);
    expect(formatDocumentError(errors[0] ?? { path: "", message: "" }, "team.yaml")).toBe("team.yaml:11:5 artifacts[0]: unknown field 'fromat' (did you mean 'format'?)");
    // No suggestion when nothing allowed there is near.
    expect(errorsOf(BASE.replace("    name: Customer interviews\n", "    name: Customer interviews\n    zzzzzzzz: 1\n"))[0]?.message).toBe("unknown field 'zzzzzzzz'");
  });

  it("says which fields an object needs when a text stands where it goes", () => {
    const errors = errorsOf(BASE.replace("roles:\n", "roles:\n  - just-a-name\n"));
    expect(errors[0]?.message).toBe("expected an object with fields id, name, purpose, owner, engagement, consumes, produces, meta; got the text 'just-a-name'");
  });

  it("keeps anything under meta", () => {
    const result = parseTeamDocument(BASE.replace("    external: true\n", "    external: true\n    meta: { owner-team: { slack: '#research' } }\n"));
    expect(result.ok && result.team.artifacts[0]?.meta).toEqual({ "owner-team": { slack: "#research" } });
  });

  it("reports broken YAML where the parser stopped", () => {
    expect(errorsOf(BASE.replace("    name: Data PM", "    name: Data PM: lead"))).toEqual([
      { path: "", message: "YAML: Nested mappings are not allowed in compact mappings", line: 5, column: 11 },
    ]);
    // Later errors of a broken document are echoes of the first; the first is the one to fix.
    const tab = errorsOf(BASE.replace("    name: Data PM", "\tname: Data PM"));
    expect(tab[0]).toEqual({ path: "", message: "YAML: Tabs are not allowed as indentation", line: 5, column: 1 });
  });

  it("rejects a duplicate key rather than keeping the last one", () => {
    expect(errorsOf(`version: 1\n${BASE}`)).toEqual([{ path: "", message: "YAML: Map keys must be unique", line: 2, column: 1 }]);
  });

  it("refuses billion-laughs aliases before expanding them", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [["b", "a"], ["c", "b"], ["d", "c"]]) laughs.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    expect(errorsOf(`${laughs.join("\n")}\n${BASE}`)).toEqual([
      { path: "", message: "YAML: Excessive alias count indicates a resource exhaustion attack" },
    ]);
  });

  it("refuses an alias inside the node it names, which cannot be stored, at the alias", () => {
    expect(errorsOf(`${BASE}meta: &m { note: x, self: *m }\n`)).toEqual([
      { path: "meta.self", message: "YAML: this alias refers to a node that contains it; a recursive structure cannot be stored", line: 12, column: 27 },
    ]);
    // Shared, not recursive: the same node twice is fine.
    expect(errorsOf(`${BASE}meta: { a: &m [1, 2], b: *m, c: *m }\n`)).toEqual([]);
  });

  it("refuses text with an unpaired surrogate, which Neo4j would store as U+FFFD, at the text", () => {
    const lone = `${BASE}meta: { note: "rocket \\ud83d ok" }\n`;
    expect(errorsOf(lone)).toEqual([
      { path: "meta.note", message: "the text has an unpaired UTF-16 surrogate (\\ud83d at character 7), which cannot be stored as text", line: 12, column: 15 },
    ]);
    expect(errorsOf(`${BASE}meta: { "k\\udc00": 1 }\n`)[0]?.message).toMatch(/^the key has an unpaired UTF-16 surrogate/);
    expect(errorsOf(`${BASE}meta: { note: "rocket \\ud83d\\ude80 🧨" }\n`)).toEqual([]);
  });

  it("refuses an over-size document without parsing it", () => {
    expect(Buffer.byteLength(BASE)).toBe(271);
    expect(errorsOf(BASE, { maxBytes: 270 })).toEqual([{ path: "", message: "document is 271 bytes; the limit is 270" }]);
    expect(errorsOf(BASE, { maxBytes: 271 })).toEqual([]);
  });

  it("reads JSON as well, with positions", () => {
    const json = JSON.stringify({ version: 1, team: { id: "x", name: "X" }, roles: [], artifacts: [], extra: 1 });
    expect(errorsOf(json)).toEqual([{ path: "", message: "unknown field 'extra'", line: 1, column: 69 }]);
  });
});
