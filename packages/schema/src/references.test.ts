import { describe, expect, it } from "vitest";
import { parseTeamDocument } from "./parse.ts";

// Every line and column below is counted in this document.
const BASE = `version: 1
team: { id: tiny-team, name: Tiny team }
roles:
  - id: data-pm
    name: Data PM
    engagement: { discover: lead, decide: lead, build: lead, test: lead, ship: lead, evaluate: lead }
    consumes:
      - { artifact: customer-interviews, cadence: weekly, stage: discover }
    produces:
      - { artifact: problem-brief, cadence: per-cycle, stage: discover }
  - id: architect
    name: Architect
    consumes:
      - { artifact: problem-brief, cadence: per-cycle, stage: decide }
artifacts:
  - id: customer-interviews
    name: Customer interviews
    format: transcripts
    external: true
  - id: problem-brief
    name: Problem brief
    format: markdown
    derivedFrom: [customer-interviews]
contracts:
  - id: pm-to-architect
    from: data-pm
    to: architect
    boundary: { from: discover, to: decide }
    carries: [problem-brief]
    requires:
      - { field: evidence, type: list }
    gates:
      - id: evidence
        text: Three data points
        check: { field: evidence, minItems: 3 }
`;
const errorsOf = (text: string) => {
  const result = parseTeamDocument(text);
  return result.ok ? [] : result.errors;
};
const mutate = (from: string, to: string) => {
  if (!BASE.includes(from)) throw new Error(`mutation does not apply: ${from}`);
  return errorsOf(BASE.replace(from, to));
};

describe("cross-references", () => {
  it("the unmutated document is valid", () => {
    expect(errorsOf(BASE)).toEqual([]);
  });

  it("names the path, the missing id and the closest existing id of a dangling reference", () => {
    expect(mutate("artifact: problem-brief, cadence: per-cycle, stage: decide", "artifact: problem-breif, cadence: per-cycle, stage: decide")).toEqual([
      { path: "roles[1].consumes[0].artifact", message: "unknown artifact 'problem-breif' (did you mean 'problem-brief'?)", line: 14, column: 21 },
    ]);
  });

  it("suggests nothing when no id is near", () => {
    expect(mutate("    to: architect\n", "    to: qa-data-lead\n")).toEqual([
      { path: "contracts[0].to", message: "unknown role 'qa-data-lead'", line: 27, column: 9 },
    ]);
  });

  it("reports a duplicate id at the second one, and what then fails to resolve", () => {
    expect(mutate("  - id: architect\n", "  - id: data-pm\n")).toEqual([
      { path: "roles[1].id", message: "duplicate role id 'data-pm' (first at roles[0])", line: 11, column: 9 },
      { path: "contracts[0].to", message: "unknown role 'architect'", line: 27, column: 9 },
    ]);
  });

  it("lets a role and an artifact share an id: ids are unique per kind", () => {
    expect(mutate("  - id: customer-interviews\n", "  - id: data-pm\n").map((e) => e.path)).toEqual([
      "roles[0].consumes[0].artifact",
      "artifacts[1].derivedFrom[0]",
    ]);
  });

  it("finds a derivedFrom cycle and spells it out", () => {
    expect(mutate("    format: transcripts\n", "    format: transcripts\n    derivedFrom: [problem-brief]\n")).toEqual([
      {
        path: "artifacts[0].derivedFrom",
        message: "derivedFrom has a cycle: customer-interviews -> problem-brief -> customer-interviews",
        line: 19,
        column: 18,
      },
    ]);
  });

  it("rejects a gate check on a field of the wrong type", () => {
    expect(mutate("check: { field: evidence, minItems: 3 }", "check: { field: evidence, atLeast: 3 }")).toEqual([
      { path: "contracts[0].gates[0].check.atLeast", message: "'atLeast' needs a number field, but 'evidence' is list", line: 35, column: 44 },
    ]);
  });

  it("allows a check on a field that is not required: the gate then asks for it", () => {
    expect(mutate("check: { field: evidence, minItems: 3 }", "check: { field: ethical_considerations, present: true }")).toEqual([]);
  });

  it("wants exactly one kind of check", () => {
    expect(mutate("minItems: 3 }", "minItems: 3, maxItems: 5 }")).toEqual([
      { path: "contracts[0].gates[0].check", message: "a check has exactly one kind, found minItems and maxItems", line: 35, column: 16 },
    ]);
  });

  it("rejects a boundary that goes backwards, unless it is a feedback loop", () => {
    expect(mutate("{ from: discover, to: decide }", "{ from: decide, to: discover }")).toEqual([
      {
        path: "contracts[0].boundary",
        message: "stage 'discover' does not come after 'decide' (set loop: true for a feedback loop)",
        line: 28,
        column: 15,
      },
    ]);
    expect(mutate("{ from: discover, to: decide }", "{ from: decide, to: discover, loop: true }")).toEqual([]);
    expect(mutate("{ from: discover, to: decide }", "{ from: decide, to: decide }").map((e) => e.path)).toEqual(["contracts[0].boundary"]);
  });

  it("checks stage references in engagement and flows", () => {
    // The stage id is the key; the position is that of its value, on the same line.
    expect(mutate("engagement: { discover: lead,", "engagement: { discovery: lead,")).toEqual([
      { path: "roles[0].engagement.discovery", message: "unknown stage 'discovery' (did you mean 'discover'?)", line: 6, column: 30 },
    ]);
    expect(mutate("stage: decide }", "stage: deside }")).toEqual([
      { path: "roles[1].consumes[0].stage", message: "unknown stage 'deside' (did you mean 'decide'?)", line: 14, column: 63 },
    ]);
  });
});

describe("repeated references", () => {
  it("reports a flow or a reference listed twice at the repeat: the graph would keep only one", () => {
    const doc = BASE
      .replace("      - { artifact: problem-brief, cadence: per-cycle, stage: decide }\n",
        "      - { artifact: problem-brief, cadence: per-cycle, stage: decide }\n      - { artifact: problem-brief, cadence: weekly, stage: decide }\n      - { artifact: problem-brief, stage: discover }\n")
      .replace("derivedFrom: [customer-interviews]", "derivedFrom: [customer-interviews, customer-interviews]")
      .replace("carries: [problem-brief]", "carries: [problem-brief, problem-brief]");
    const result = parseTeamDocument(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.path, e.message])).toEqual([
      ["roles[1].consumes[1]", "artifact 'problem-brief' in stage 'decide' is listed twice (first at consumes[0])"],
      ["artifacts[1].derivedFrom[1]", "artifact 'customer-interviews' is listed twice (first at derivedFrom[0])"],
      ["contracts[0].carries[1]", "artifact 'problem-brief' is listed twice (first at carries[0])"],
    ]);
  });
});
