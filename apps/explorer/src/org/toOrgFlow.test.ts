import { describe, expect, it } from "vitest";
import { crossTeamBadges } from "./badges.ts";
import { bundleFlows, bundlesOfSeams } from "./bundle.ts";
import { orgFixture } from "./fixture.ts";
import { orgImpact } from "./impact.ts";
import { MANY_BUNDLES, toOrgFlow, type OrgFlowInput } from "./toOrgFlow.ts";

const org = orgFixture();
const bundles = bundleFlows(org.flows);
const base: OrgFlowInput = { org, bundles, badges: new Map(), open: new Set(), openBundles: new Set(), impact: undefined };

describe("toOrgFlow", () => {
  it("draws collapsed teams as one node each and one edge per bundle, labelled with its count", () => {
    const { nodes, edges } = toOrgFlow(base);
    expect(nodes.map((n) => n.id)).toEqual(["team:data", "team:growth", "team:finance"]);
    expect(edges.map((e) => [e.source, e.target, e.data?.label])).toEqual([
      ["team:data", "team:growth", "3"], ["team:data", "team:finance", "1"], ["team:finance", "team:data", "1"],
    ]);
    const data = nodes.find((n) => n.id === "team:data");
    expect(data?.data).toMatchObject({ roles: 1, shared: 3, dependsOn: 1, dependents: 2, open: false });
  });

  it("shows each bundle's translation debt beside its count once the organisation's report is in", () => {
    const debts = new Map([["bundle:data>growth", 2.5], ["bundle:finance>data", 0]]);
    const { edges } = toOrgFlow({ ...base, debts });
    expect(edges.map((e) => [e.id, e.data?.label, e.data?.debt])).toEqual([
      ["bundle:data>growth", "3 · debt 2.5", 2.5], ["bundle:data>finance", "1", undefined], ["bundle:finance>data", "1 · debt 0", 0],
    ]);
    expect(edges[0]?.ariaLabel).toContain("translation debt 2.5");
  });

  it("an open team holds its roles and what it shares, an unpublished dependency among them", () => {
    const { nodes } = toOrgFlow({ ...base, open: new Set(["data"]) });
    const inside = nodes.filter((n) => n.parentId === "team:data");
    expect(inside.map((n) => [n.type, n.id, "published" in n.data && n.data.published])).toEqual([
      ["orgRole", "role:data/data-pm", true],
      ["orgArtifact", "artifact:data/metrics", true],
      ["orgArtifact", "artifact:data/catalog", true],
      ["orgArtifact", "artifact:data/raw-events", false],
    ]);
    const group = nodes.find((n) => n.id === "team:data");
    for (const n of inside) {
      expect(n.position.x + (n.width ?? 0)).toBeLessThanOrEqual(group?.width ?? 0);
      expect(n.position.y + (n.height ?? 0)).toBeLessThanOrEqual(group?.height ?? 0);
    }
  });

  it("an opened bundle becomes its flows, from artifact to role where the teams are open", () => {
    const { edges } = toOrgFlow({ ...base, open: new Set(["data", "growth"]), openBundles: new Set(["bundle:data>growth"]) });
    expect(edges.filter((e) => e.data?.kind === "flow").map((e) => [e.source, e.target])).toEqual([
      ["artifact:data/metrics", "role:growth/growth-pm"], ["artifact:data/metrics", "role:growth/analyst"], ["artifact:data/raw-events", "role:growth/analyst"],
    ]);
    expect(edges.filter((e) => e.data?.kind === "bundle").map((e) => e.id)).toEqual(["bundle:data>finance", "bundle:finance>data"]);
    // The one flow under a contract is not marked.
    expect(edges.filter((e) => e.className?.includes("is-uncontracted")).length).toBe(4);
  });

  it("badges the teams with cross-team findings, lights what an impact reaches, and reuses what did not change", () => {
    const badges = crossTeamBadges([{ rule: "unpublished-dependency", severity: "WARNING", team: "growth", subjectKind: "artifact", subjectId: "data/raw-events", related: [], message: "", remediation: "" }]);
    const before = toOrgFlow({ ...base, badges });
    expect(before.nodes.find((n) => n.id === "team:growth")?.data).toMatchObject({ badge: { warning: 1 } });
    const impact = orgImpact({ focus: { team: "data", id: "metrics" }, producers: [], consumers: [{ team: "finance", id: "cfo" }], impacted: [], downstream: [] }, bundles);
    const after = toOrgFlow({ ...base, badges, impact }, before);
    expect(after.nodes.find((n) => n.id === "team:finance")?.data).toMatchObject({ impact: { roles: 1, artifacts: 0 } });
    expect(after.nodes.find((n) => n.id === "team:data")?.data).toMatchObject({ holdsFocus: true });
    expect(after.edges.filter((e) => e.data?.lit).map((e) => e.id)).toEqual(["bundle:data>finance"]);
    // Growth neither holds nor receives the impact: the same object, React Flow skips it.
    expect(after.nodes.find((n) => n.id === "team:growth")).toBe(before.nodes.find((n) => n.id === "team:growth"));
    expect(after.edges.find((e) => e.id === "bundle:data>growth")).toBe(before.edges.find((e) => e.id === "bundle:data>growth"));
    expect(toOrgFlow({ ...base, badges, impact }, after)).toEqual(after);
    expect(toOrgFlow({ ...base, badges, impact }, after).nodes).toBe(after.nodes);
  });

  it("a way back (finance reads data, data reads finance) runs under every team between its ends", () => {
    const { nodes, edges } = toOrgFlow(base);
    const lowest = Math.max(...nodes.map((n) => n.position.y + (n.height ?? 0)));
    expect(edges.find((e) => e.id === "bundle:finance>data")?.data?.under).toBe(lowest + 24);
  });

  it("takes a team's counts and a bundle's count from the organisation's seams before its flows are read", () => {
    const counted = { teams: org.teams.map((t) => ({ ...t, roles: [], published: [], counts: { roles: 20, shared: 7 } })), flows: [] };
    const seams = [{ from: "data", to: "growth", flows: 12, artifacts: 3, uncontracted: 5 }];
    const { nodes, edges } = toOrgFlow({ ...base, org: counted, bundles: bundlesOfSeams(seams, []) });
    expect(nodes.find((n) => n.id === "team:data")?.data).toMatchObject({ roles: 20, shared: 7 });
    expect(edges.map((e) => [e.id, e.data?.label])).toEqual([["bundle:data>growth", "12"]]);
    expect(edges[0]?.ariaLabel).toMatch(/^12 flows of 3 artifacts/);
  });

  it("in a large organisation draws only the bundles of open teams, of the team under the pointer and of the impact", () => {
    const teams = Array.from({ length: MANY_BUNDLES + 2 }, (_, i) => ({ id: `t${i}`, name: `T${i}`, roles: [], published: [] }));
    const seams = teams.slice(1).map((t, i) => ({ from: `t${i}`, to: t.id, flows: 1, artifacts: 1, uncontracted: 1 }));
    const many = { ...base, org: { teams, flows: [] }, bundles: bundlesOfSeams(seams, []) };
    expect(toOrgFlow(many).edges).toEqual([]);
    expect(toOrgFlow({ ...many, open: new Set(["t5"]) }).edges.map((e) => e.id)).toEqual(["bundle:t4>t5", "bundle:t5>t6"]);
    expect(toOrgFlow({ ...many, near: "t0" }).edges.map((e) => e.id)).toEqual(["bundle:t0>t1"]);
    // A small organisation draws every bundle whatever is under the pointer.
    expect(toOrgFlow({ ...base, near: "finance" }).edges).toHaveLength(3);
  });
});
