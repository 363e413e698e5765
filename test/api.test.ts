import { badgeCounts } from "@rolegraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTeam } from "../apps/api/src/services/import.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// Expected answers below are read from seed/dpos-data-team.yaml, not from output.
const db = testDb();
const team = uniqueTeamId("dpos-api");
const { gql } = testApp(db);
const q = async <T>(query: string, variables: Record<string, unknown> = {}) => {
  const result = await gql<{ team: T }>(query, { team, ...variables });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return result.data.team;
};

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
});
afterAll(() => db.close());

describe("GraphQL API on the DPOS team", () => {
  it("lists the team among teams and answers null for an unknown team", async () => {
    const result = await gql<{ teams: { id: string }[]; missing: null }>(`{ teams { id } missing: team(id: "no-such-team") { id } }`);
    expect(result.data?.teams.map((t) => t.id)).toContain(team);
    expect(result.data?.missing).toBeNull();
  });

  it("answers null for an unknown team or entity when the lookups below team(id) start with it", async () => {
    const result = await gql<{ none: null; some: { artifact: null; role: { id: string } | null } }>(
      `query($team: ID!) { none: team(id: "no-such-team") { artifact(id: "problem-brief") { id consumers { cadence } } }
        some: team(id: $team) { artifact(id: "no-such-artifact") { id consumers { cadence } } role(id: "data-pm") { id } } }`, { team });
    expect(result.errors).toBeUndefined();
    expect(result.data?.none).toBeNull();
    expect(result.data?.some).toEqual({ artifact: null, role: { id: "data-pm" } });
  });

  it("answers who consumes the problem brief, with cadence and stage", async () => {
    const t = await q<{ artifact: { consumers: { role: { id: string }; cadence: string; stage: { id: string } }[]; producers: { role: { id: string } }[] } }>(
      `query($team: ID!) { team(id: $team) { artifact(id: "problem-brief") {
        consumers { role { id } cadence stage { id } } producers { role { id } } } } }`);
    // "Problem briefs (to all roles)": the roles that do not work from it in a stage read it without one (issue 18).
    const broadcast = (id: string) => ({ role: { id }, cadence: "per-cycle", stage: null });
    expect(t.artifact.consumers).toEqual([
      { role: { id: "architect" }, cadence: "per-cycle", stage: { id: "decide" } },
      broadcast("engineer"), broadcast("qa-data-lead"),
      { role: { id: "designer" }, cadence: "per-cycle", stage: { id: "discover" } },
      broadcast("product-analytics"), broadcast("leadership"), broadcast("sales"), broadcast("support"),
    ]);
    expect(t.artifact.producers).toEqual([{ role: { id: "data-pm" } }]);
  });

  it("gives the Data PM's Context In and Out with cadences, its agents and engagement", async () => {
    const t = await q<{ role: { consumes: { artifact: { id: string }; cadence: string }[]; produces: { artifact: { id: string }; cadence: string }[]; agents: { id: string }[]; engagement: { stage: { id: string }; engagement: string }[] } }>(
      `query($team: ID!) { team(id: $team) { role(id: "data-pm") {
        consumes { artifact { id } cadence } produces { artifact { id } cadence } agents { id } engagement { stage { id } engagement } } } }`);
    expect(t.role.consumes.map((f) => [f.artifact.id, f.cadence])).toEqual([
      ["business-strategy", "quarterly"], ["technical-constraints", "per-cycle"], ["quality-metrics", "weekly"],
      ["usage-patterns", "daily"], ["sales-call-notes", "weekly"], ["support-trends", "daily"],
    ]);
    expect(t.role.produces.map((f) => [f.artifact.id, f.cadence])).toEqual([
      ["problem-brief", "per-cycle"], ["shaped-pitch", "per-cycle"], ["priority-decisions", "per-cycle"],
      ["customer-context-summary", "per-cycle"], ["learnings-document", "per-cycle"],
    ]);
    expect(t.role.agents.map((a) => a.id)).toEqual(["stakeholder-synthesizer", "market-scanner", "feedback-river", "pitch-shaper"]);
    expect(t.role.engagement.map((e) => [e.stage.id, e.engagement])).toEqual([
      ["discover", "LEAD"], ["decide", "LEAD"], ["build", "SUPPORT"], ["test", "SUPPORT"], ["ship", "CONSULT"], ["evaluate", "LEAD"],
    ]);
  });

  it("gives the role x stage matrix and the leads of each stage in lifecycle order", async () => {
    const t = await q<{ matrix: { role: { id: string }; stage: { id: string }; engagement: string }[]; stages: { id: string; order: number; leads: { id: string }[]; output: { id: string } }[] }>(
      `query($team: ID!) { team(id: $team) { matrix { role { id } stage { id } engagement } stages { id order leads { id } output { id } } } }`);
    expect(t.matrix).toHaveLength(6 + 5 + 4 + 4 + 4 + 3 + 3 + 3 + 2);
    expect(t.matrix.filter((c) => c.role.id === "data-pm")).toHaveLength(6);
    expect(t.stages.map((s) => [s.id, s.order, s.leads.map((r) => r.id), s.output.id])).toEqual([
      ["discover", 0, ["data-pm"], "problem-brief"],
      ["decide", 1, ["data-pm", "architect"], "shaped-pitch"],
      ["build", 2, ["engineer"], "working-components"],
      ["test", 3, ["qa-data-lead"], "release-candidate"],
      ["ship", 4, ["engineer"], "live-product"],
      ["evaluate", 5, ["data-pm", "product-analytics"], "learnings-document"],
    ]);
  });

  it("gives the PM to Architect contract with its gates", async () => {
    const t = await q<{ contracts: { id: string; from: { id: string }; to: { id: string }; fromStage: { id: string }; toStage: { id: string }; carries: { id: string }[]; gates: { id: string; checkable: boolean }[] }[] }>(
      `query($team: ID!) { team(id: $team) { contracts { id from { id } to { id } fromStage { id } toStage { id } carries { id } gates { id checkable } } } }`);
    const contract = t.contracts.find((c) => c.id === "pm-to-architect");
    expect(contract).toEqual({
      id: "pm-to-architect", from: { id: "data-pm" }, to: { id: "architect" }, fromStage: { id: "discover" }, toStage: { id: "decide" },
      carries: [{ id: "problem-brief" }],
      gates: [
        { id: "evidence", checkable: true }, { id: "priority", checkable: true }, { id: "measurable", checkable: true },
        { id: "ethics", checkable: true }, { id: "good-context", checkable: false },
      ],
    });
    expect(t.contracts.map((c) => c.id)).toEqual(["pm-to-architect", "architect-to-engineer", "designer-to-engineer", "engineer-to-qa", "qa-to-engineer", "analytics-to-pm"]);
  });

  it("follows derivedFrom lineage for impact and answers the shortest chain of roles", async () => {
    const t = await q<{ artifact: { impactedRoles: { id: string }[]; upstream: { id: string }[]; downstream: { id: string }[] }; chain: { id: string }[]; none: null }>(
      `query($team: ID!) { team(id: $team) {
        artifact(id: "shaped-pitch") { impactedRoles(depth: 1) { id } upstream { id } downstream { id } }
        chain: contextChain(from: "support", to: "qa-data-lead") { id }
        none: contextChain(from: "qa-data-lead", to: "sales") { id } } }`);
    // shaped-pitch: consumed by architect and leadership; technical-design, architecture-decisions -> engineer; betting-decision -> architect
    expect(t.artifact.impactedRoles.map((r) => r.id).sort()).toEqual(["architect", "engineer", "leadership"]);
    expect(t.artifact.upstream.map((a) => a.id).sort()).toEqual(["problem-brief", "technical-constraints"]);
    expect(t.artifact.downstream.map((a) => a.id).sort()).toEqual(["architecture-decisions", "betting-decision", "technical-design"]);
    // support-trends -> Data PM; problem-brief -> QA (the brief goes to all roles, issue 18)
    expect(t.chain.map((r) => r.id)).toEqual(["support", "data-pm", "qa-data-lead"]);
    expect(t.none).not.toBeUndefined();
  });

  it("returns the composition map in one round trip, with what a focus left out", async () => {
    const t = await q<{ all: { totalNodes: number; nodes: { id: string; kind: string }[]; edges: unknown[] }; focus: { focus: string; nodes: { id: string; distance: number }[]; totalNodes: number } }>(
      `query($team: ID!) { team(id: $team) {
        all: composition { totalNodes nodes edges }
        focus: composition(focus: "problem-brief", depth: 1) { focus totalNodes nodes } } }`);
    // 9 roles + 32 artifacts + 9 agents + 6 contracts
    expect(t.all.totalNodes).toBe(56);
    expect(t.all.nodes).toHaveLength(56);
    expect(t.focus.focus).toBe("artifact:problem-brief");
    expect(t.focus.totalNodes).toBe(56);
    const near = t.focus.nodes.filter((n) => n.distance === 1).map((n) => n.id).sort();
    expect(near).toEqual([
      "agent:pitch-shaper", "artifact:customer-context-summary", "artifact:design-specs", "artifact:feedback-synthesis",
      "artifact:learnings-document", "artifact:market-brief", "artifact:sales-call-notes", "artifact:shaped-pitch",
      "artifact:stakeholder-landscape", "artifact:support-trends", "artifact:usage-patterns", "role:architect", "role:data-pm", "role:designer",
      // Every role reads the problem brief since issue 18 ("Problem briefs (to all roles)").
      "role:engineer", "role:leadership", "role:product-analytics", "role:qa-data-lead", "role:sales", "role:support",
    ]);
  });

  it("reports the team's coordination gaps and badges the nodes they are about", async () => {
    type F = { rule: string; severity: "WARNING"; subjectKind: string; subjectId: string; related: string[]; node: string | null };
    const t = await q<{ gapReport: { score: number; findings: F[] }; role: { gaps: { rule: string }[] }; composition: { nodes: { gaps?: unknown }[] } }>(
      `query($team: ID!) { team(id: $team) { gapReport(minSeverity: WARNING) { score findings { rule severity subjectKind subjectId related node } }
        role(id: "engineer") { gaps { rule } } composition { nodes } } }`);
    // The essay's NeuroBlu gap: customer context summaries reach the Engineer with no contract;
    // the PM to Architect contract keeps one preference gate ("Brief gives good context").
    const byRule = (a: { rule: string }, b: { rule: string }) => a.rule.localeCompare(b.rule);
    expect([...t.gapReport.findings].sort(byRule).map(({ rule, severity, subjectId, node }) => ({ rule, severity, subjectId, node }))).toEqual([
      { rule: "preference-gate", severity: "WARNING", subjectId: "pm-to-architect", node: "contract:pm-to-architect" },
      { rule: "uncontracted-handoff", severity: "WARNING", subjectId: "customer-context-summary", node: "artifact:customer-context-summary" },
    ]);
    expect(t.gapReport.score).toBeGreaterThan(50);
    // The engineer reads the PM's problem brief and shaped pitch, one boundary from the customers the PM's
    // Stakeholder Synthesizer reads: no compression chain since gap rules v2 (agents' inputs are the role's context).
    expect(t.role.gaps.map((g) => g.rule).sort()).toEqual(["uncontracted-handoff"]);
    // The map carries no badges (it never waits for the rules): a client counts them from the report.
    expect(t.composition.nodes.filter((n) => n.gaps !== undefined)).toEqual([]);
    expect(badgeCounts(t.gapReport.findings).get("contract:pm-to-architect")).toEqual({ error: 0, warning: 1, info: 0 });
  });

  it("loads 10 roles with their flows and artifacts in a constant number of round trips", async () => {
    const before = db.stats.roundTrips;
    await q(`query($team: ID!) { team(id: $team) { roles { name consumes { cadence artifact { name external } } produces { artifact { name } } agents { name } } } }`);
    // team, roles, consumes, produces, artifacts (up to one batch per flow field), agent ids, agents:
    // at most 8 whatever the number of roles (9 here), where one query per role and field would be 40+.
    expect(db.stats.roundTrips - before).toBeLessThanOrEqual(8);
  });
});
