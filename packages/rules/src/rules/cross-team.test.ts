import { describe, expect, it } from "vitest";
import { brief, run, runOrg } from "../testing.ts";
import { compressionChain } from "./compression-chain.ts";
import { contextHoarding } from "./context-hoarding.ts";
import { contextStarved } from "./context-starved.ts";
import { orphanOutput } from "./orphan-output.ts";
import { uncontractedCrossTeamFlow } from "./uncontracted-cross-team-flow.ts";
import { unpublishedDependency } from "./unpublished-dependency.ts";
import { unresolvedReference } from "./unresolved-reference.ts";
import { unsourcedInput } from "./unsourced-input.ts";

/**
 * Two teams: data's analyst turns market evidence into weekly metrics; growth's PM plans from
 * them and its engineer builds from the plan. `data` takes its published flag, contract and
 * artifacts as options, so each test plants one gap.
 */
const data = (o: { published?: boolean; contract?: string; produces?: string; market?: string } = {}) => `
roles:
  - { id: analyst, name: Analyst, consumes: [{ artifact: market, cadence: weekly }], produces: [{ artifact: ${o.produces ?? "metrics"}, cadence: weekly }] }
artifacts:
  - { id: market, name: Market data, format: csv, external: ${o.market ?? "true"} }
  - { id: metrics, name: Weekly metrics, format: table, published: ${o.published ?? true} }
  - { id: spare, name: Spare, format: text }
contracts:${o.contract ?? " []"}`;
const CONTRACT = `
  - id: metrics-to-growth
    from: analyst
    to: growth/pm
    boundary: { from: discover, to: decide }
    carries: [metrics]
    requires: [{ field: week, type: text }]
    gates: [{ id: fresh, text: Fresh, check: { field: week, present: true } }]`;
const growth = (ref = "data/metrics") => `
roles:
  - { id: pm, name: Growth PM, consumes: [{ artifact: ${ref}, cadence: weekly, stage: decide }], produces: [{ artifact: plan, cadence: weekly }] }
  - { id: eng, name: Engineer, consumes: [{ artifact: plan, cadence: weekly }], produces: [{ artifact: build, cadence: weekly }] }
  - { id: qa, name: QA, consumes: [{ artifact: build, cadence: weekly }] }
artifacts:
  - { id: plan, name: Plan, format: text }
  - { id: build, name: Build, format: text }`;

describe("unresolved-reference", () => {
  it("reports a reference to a team not in the graph once, in the referencing team, as written", () => {
    const found = runOrg(unresolvedReference, { growth: growth("finance/budget") }, "growth");
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "finance/budget", related: ["pm"] }]);
    expect(found[0]?.team).toBe("growth");
    expect(found[0]?.message).toBe("finance/budget (consumed by role Growth PM) resolves to nothing: team finance is not in the graph");
    expect(found[0]?.stages).toEqual(["decide"]);
  });

  it("tells a missing artifact of a team that is there, and a contract's missing role", () => {
    const teams = { data: data({ contract: CONTRACT.replace("growth/pm", "growth/cfo") }), growth: growth("data/budget") };
    expect(runOrg(unresolvedReference, teams, "growth")[0]?.message).toBe("data/budget (consumed by role Growth PM) resolves to nothing: team data has no artifact 'budget'");
    expect(runOrg(unresolvedReference, teams, "data").map(brief)).toEqual([{ severity: "error", subjectId: "growth/cfo", related: ["metrics-to-growth"] }]);
  });

  it("is silent once the other side is in the graph, whichever order the teams come in", () => {
    expect(runOrg(unresolvedReference, { growth: growth(), data: data({ contract: CONTRACT }) }, "growth")).toEqual([]);
    expect(runOrg(unresolvedReference, { data: data({ contract: CONTRACT }), growth: growth() }, "data")).toEqual([]);
  });

  it("is silent for a team checked alone, and the reference is not also unsourced", () => {
    expect(run(unresolvedReference, growth("finance/budget"))).toEqual([]);
    expect(runOrg(unsourcedInput, { growth: growth("finance/budget") }, "growth")).toEqual([]);
  });
});

describe("unpublished-dependency", () => {
  it("warns the consuming team about another team's unpublished artifact, subject the qualified id", () => {
    const found = runOrg(unpublishedDependency, { data: data({ published: false, contract: CONTRACT }), growth: growth() }, "growth");
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "data/metrics", related: ["pm"] }]);
    expect(found[0]?.message).toBe("Weekly metrics is taken in by Growth PM, but team data has not published it: it can change or go without notice");
    expect(runOrg(unpublishedDependency, { data: data({ published: false, contract: CONTRACT }), growth: growth() }, "data")).toEqual([]);
  });

  it("does not fire for a published artifact", () => {
    expect(runOrg(unpublishedDependency, { data: data({ contract: CONTRACT }), growth: growth() }, "growth")).toEqual([]);
  });
});

describe("uncontracted-cross-team-flow", () => {
  it("warns the consuming team when no contract from a producer carries the artifact to the role", () => {
    const found = runOrg(uncontractedCrossTeamFlow, { data: data(), growth: growth() }, "growth");
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "data/metrics", related: ["data/analyst", "pm"] }]);
    expect(found[0]?.remediation).toBe("Team data adds a contract from data/analyst to growth/pm that carries metrics, with gates that check what Growth PM needs from it.");
  });

  it("does not fire when the producing team's contract carries it to the role", () => {
    expect(runOrg(uncontractedCrossTeamFlow, { growth: growth(), data: data({ contract: CONTRACT }) }, "growth")).toEqual([]);
  });
});

describe("orphan-output across teams", () => {
  it("a published artifact consumed only by another team is not an orphan", () => {
    expect(runOrg(orphanOutput, { data: data(), growth: growth() }, "data")).toEqual([]);
  });

  it("is still an orphan when no team consumes it (and alone, as today)", () => {
    expect(runOrg(orphanOutput, { data: data(), growth: growth("data/spare") }, "data").map(brief)).toEqual([{ severity: "warning", subjectId: "metrics", related: ["analyst"] }]);
    expect(run(orphanOutput, data()).map(brief)).toEqual([{ severity: "warning", subjectId: "metrics", related: ["analyst"] }]);
  });
});

describe("context-hoarding across teams", () => {
  it("a role whose output another team consumes gives", () => {
    expect(runOrg(contextHoarding, { data: data(), growth: growth() }, "data")).toEqual([]);
    expect(run(contextHoarding, data()).map(brief)).toEqual([{ severity: "error", subjectId: "analyst", related: ["market"] }]);
  });
});

describe("unsourced-input across teams", () => {
  it("an artifact nothing produces is unsourced when only another team consumes it, naming that consumer", () => {
    const found = runOrg(unsourcedInput, { data: data({ produces: "spare" }), growth: growth() }, "data");
    expect(found.map(brief)).toEqual([{ severity: "error", subjectId: "metrics", related: ["growth/pm"] }]);
    expect(found[0]?.message).toBe("Weekly metrics is taken in by Growth PM in other teams, but no role produces it, no agent outputs it, and it is not marked external");
  });

  it("another team's external evidence is a source, and a produced one is sourced", () => {
    expect(runOrg(unsourcedInput, { data: data(), growth: growth("data/market") }, "growth")).toEqual([]);
    expect(runOrg(unsourcedInput, { data: data(), growth: growth() }, "data")).toEqual([]);
  });
});

describe("compression-chain across teams", () => {
  it("counts one boundary per role crossed, through the other team's producer", () => {
    // market -> data/analyst -> metrics -> pm -> plan -> eng -> build -> qa: qa is 3 boundaries out.
    const found = runOrg(compressionChain, { growth: growth(), data: data() }, "growth");
    expect(found.map(brief)).toEqual([
      { severity: "info", subjectId: "eng", related: ["data/analyst", "pm"] },
      { severity: "info", subjectId: "qa", related: ["data/analyst", "pm", "eng"] },
    ]);
    expect(found[1]?.message).toBe("QA gets context from outside the team only across 3 boundaries: Market data -> Analyst -> Weekly metrics -> Growth PM -> Plan -> Engineer -> Build -> QA");
  });

  it("finds no chain when no team's external evidence reaches the roles (and alone, as today)", () => {
    expect(runOrg(compressionChain, { growth: growth(), data: data({ market: "false" }) }, "growth")).toEqual([]);
    expect(run(compressionChain, growth())).toEqual([]);
  });
});

describe("context-starved across teams", () => {
  it("a role fed by another team's evidence is not starved; alone, the same team looks starved", () => {
    expect(runOrg(contextStarved, { growth: growth(), data: data() }, "growth")).toEqual([]);
    expect(run(contextStarved, growth()).map((f) => f.subjectId)).toEqual(["eng", "qa"]);
  });
});
