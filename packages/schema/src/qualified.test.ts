import { describe, expect, it } from "vitest";
import { crossTeamReferences } from "./cross-team.ts";
import { parseTeamDocument } from "./parse.ts";
import { isQualified, parseQualified, qualify, referenceFrom, resolveReference } from "./qualified.ts";

describe("qualified reference helpers", () => {
  it("parse TEAM/ID and nothing else", () => {
    expect(parseQualified("data-team/weekly-metrics")).toEqual({ team: "data-team", id: "weekly-metrics" });
    expect(parseQualified("weekly-metrics")).toBeUndefined();
    expect(parseQualified("a/b/c")).toBeUndefined();
    expect(parseQualified("Data/x")).toBeUndefined();
    expect(parseQualified("/x")).toBeUndefined();
    expect(isQualified("a/b")).toBe(true);
    expect(isQualified("ab")).toBe(false);
  });

  it("resolve a plain id to the file's own team, and write the plain form for it", () => {
    expect(resolveReference("brief", "growth")).toEqual({ team: "growth", id: "brief" });
    expect(resolveReference("data/metrics", "growth")).toEqual({ team: "data", id: "metrics" });
    expect(qualify("data", "metrics")).toBe("data/metrics");
    expect(referenceFrom("growth", { team: "growth", id: "brief" })).toBe("brief");
    expect(referenceFrom("growth", { team: "data", id: "metrics" })).toBe("data/metrics");
  });
});

// Every line and column below is counted in this document.
const BASE = `version: 1
team: { id: growth, name: Growth }
roles:
  - id: growth-pm
    name: Growth PM
    consumes:
      - { artifact: data/weekly-metrics, cadence: weekly }
    produces:
      - { artifact: growth-plan, cadence: monthly }
artifacts:
  - id: growth-plan
    name: Growth plan
    published: true
    derivedFrom: [data/weekly-metrics]
agents:
  - id: scout
    name: Scout
    role: growth-pm
    inputs: [data/weekly-metrics]
    outputs: [growth-plan]
workflows:
  - id: plan
    role: growth-pm
    stage: decide
    steps:
      - { name: Read, reads: [data/weekly-metrics], writes: [growth-plan] }
contracts:
  - id: plan-to-sales
    from: growth-pm
    to: sales/account-lead
    boundary: { from: decide, to: build }
    carries: [growth-plan]
`;
const errorsOf = (text: string) => {
  const result = parseTeamDocument(text);
  return result.ok ? [] : result.errors;
};
const mutate = (from: string, to: string) => {
  if (!BASE.includes(from)) throw new Error(`mutation does not apply: ${from}`);
  return errorsOf(BASE.replace(from, to));
};

describe("qualified references in a team file", () => {
  it("are accepted where a file references what it does not make, checked for form only", () => {
    const result = parseTeamDocument(BASE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.team.roles[0]?.consumes[0]?.artifact).toBe("data/weekly-metrics");
    expect(result.team.contracts[0]?.to).toBe("sales/account-lead");
    expect(result.team.artifacts[0]?.published).toBe(true);
  });

  it("published defaults to false", () => {
    const result = parseTeamDocument(BASE.replace("    published: true\n", ""));
    expect(result.ok && result.team.artifacts[0]?.published).toBe(false);
  });

  it("refuse a qualified reference to the team's own id, naming the plain id", () => {
    expect(mutate("derivedFrom: [data/weekly-metrics]", "derivedFrom: [growth/growth-plan]")).toContainEqual({
      path: "artifacts[0].derivedFrom[0]",
      message: "'growth/growth-plan' names this team ('growth'); a reference to the team's own artifact uses the plain id 'growth-plan'",
      line: 14,
      column: 19,
    });
    expect(mutate("to: sales/account-lead", "to: growth/growth-pm")).toEqual([
      expect.objectContaining({ path: "contracts[0].to", message: expect.stringContaining("uses the plain id 'growth-pm'") as unknown, line: 30, column: 9 }),
    ]);
  });

  it("a qualified reference to the own team still has to resolve", () => {
    expect(mutate("inputs: [data/weekly-metrics]", "inputs: [growth/growth-plam]").map((e) => e.message)).toEqual([
      "'growth/growth-plam' names this team ('growth'); a reference to the team's own artifact uses the plain id 'growth-plam'",
      "unknown artifact 'growth-plam' (did you mean 'growth-plan'?)",
    ]);
  });

  it("refuse a bad form, naming the path and the line", () => {
    expect(mutate("reads: [data/weekly-metrics]", "reads: [data/weekly/metrics]")).toEqual([
      {
        path: "workflows[0].steps[0].reads[0]",
        message: "must be an id (a slug) or a qualified reference TEAM/ID to another team's (two slugs and a slash)",
        line: 26,
        column: 31,
      },
    ]);
    expect(mutate("artifact: data/weekly-metrics,", "artifact: Data/Weekly,")[0]?.path).toBe("roles[0].consumes[0].artifact");
  });

  it("refuse producing, publishing, writing, outputting or carrying another team's artifact", () => {
    const produce = mutate("artifact: growth-plan, cadence: monthly", "artifact: data/growth-plan, cadence: monthly");
    expect(produce).toEqual([
      {
        path: "roles[0].produces[0].artifact",
        message: "'data/growth-plan' names team 'data': a team cannot produce, publish or carry another team's artifact (consume it, or use the plain id 'growth-plan' if it is this team's)",
        line: 9,
        column: 21,
      },
    ]);
    const cases: [string, string, string][] = [
      ["  - id: growth-plan\n", "  - id: data/growth-plan\n", "artifacts[0].id"],
      ["outputs: [growth-plan]", "outputs: [data/weekly-metrics]", "agents[0].outputs[0]"],
      ["writes: [growth-plan]", "writes: [data/weekly-metrics]", "workflows[0].steps[0].writes[0]"],
      ["carries: [growth-plan]", "carries: [data/weekly-metrics]", "contracts[0].carries[0]"],
    ];
    for (const [from, to, path] of cases) {
      const errors = mutate(from, to);
      expect(errors.find((e) => e.path === path)?.message, path).toMatch(/cannot produce, publish or carry another team's artifact/);
    }
  });
});

describe("crossTeamReferences", () => {
  it("lists every reference to another team with its path, in document order", () => {
    const result = parseTeamDocument(BASE);
    if (!result.ok) throw new Error("BASE is valid");
    expect(crossTeamReferences(result.team).map((r) => `${r.kind} ${r.team}/${r.id} at ${r.path}`)).toEqual([
      "artifact data/weekly-metrics at roles[0].consumes[0].artifact",
      "artifact data/weekly-metrics at artifacts[0].derivedFrom[0]",
      "artifact data/weekly-metrics at agents[0].inputs[0]",
      "artifact data/weekly-metrics at workflows[0].steps[0].reads[0]",
      "role sales/account-lead at contracts[0].to",
    ]);
  });
});
