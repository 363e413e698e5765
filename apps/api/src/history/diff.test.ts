import { describe, expect, it } from "vitest";
import { brokenDependents, compositionReport, diffTeams } from "./diff.ts";
import { PAIR, teamOf } from "./testing.ts";
import { withoutElements } from "./without.ts";

const key = (f: { rule: string; subjectKind: string; subjectId: string }) => `${f.rule} ${f.subjectKind}:${f.subjectId}`;

describe("diffTeams", () => {
  it("between a team and itself has no changes, no findings either way, equal scores", () => {
    const d = diffTeams(teamOf(PAIR), teamOf(PAIR));
    expect(d).toEqual({ changes: [], findingsIntroduced: [], findingsResolved: [], scoreBefore: d.scoreAfter, scoreAfter: d.scoreBefore, brokenDependents: [] });
  });

  it("says what removing the pm breaks: the brief unsourced, discover without a lead, a lower score", () => {
    const before = teamOf(PAIR);
    const d = diffTeams(before, withoutElements(before, [{ kind: "ROLE", id: "pm" }]).team);
    expect(d.changes.filter((c) => c.op === "REMOVED").map((c) => `${c.kind}:${c.id}`)).toEqual(["ROLE:pm", "AGENT:scribe", "WORKFLOW:write-brief", "CONTRACT:pm-to-eng"]);
    expect(d.findingsIntroduced.map(key)).toEqual(expect.arrayContaining(["unsourced-input artifact:brief", "leaderless-stage stage:discover"]));
    expect(d.scoreAfter).toBeLessThan(d.scoreBefore);
    // Every introduced finding is absent before, by rule and subject.
    const was = new Set(compositionReport(before).findings.map(key));
    for (const f of d.findingsIntroduced) expect(was.has(key(f))).toBe(false);
  });

  it("reports a fix as resolved, and the other way round as introduced", () => {
    const gated = teamOf(PAIR);
    const gateless = teamOf(PAIR.replace("    gates: [{ id: g1, text: Brief has a problem statement, check: { field: problem, present: true } }]\n", ""));
    const fix = diffTeams(gateless, gated);
    expect(fix.findingsResolved.map(key)).toContain("gateless-contract contract:pm-to-eng");
    expect(fix.findingsIntroduced.map(key)).not.toContain("gateless-contract contract:pm-to-eng");
    expect(diffTeams(gated, gateless).findingsIntroduced.map(key)).toContain("gateless-contract contract:pm-to-eng");
  });

  it("uses a before report it is given, as computed from the same team", () => {
    const before = teamOf(PAIR);
    const after = teamOf(PAIR.replace("name: Engineer", "name: Dev"));
    expect(diffTeams(before, after, { beforeReport: compositionReport(before) })).toEqual(diffTeams(before, after));
  });
});

describe("brokenDependents", () => {
  const flow = (artifact: string) => ({ team: "other", role: "analyst", artifact, stage: null, cadence: "weekly" });

  it("keeps the other teams' flows whose artifact loses its producer or goes", () => {
    const before = teamOf(PAIR);
    const noPm = withoutElements(before, [{ kind: "ROLE", id: "pm" }]).team;
    expect(brokenDependents(before, noPm, [flow("brief"), flow("code")])).toEqual([flow("brief")]);
    const noCode = withoutElements(before, [{ kind: "ARTIFACT", id: "code" }]).team;
    expect(diffTeams(before, noCode, { dependents: [flow("brief"), flow("code"), flow("never-there")] }).brokenDependents).toEqual([flow("code")]);
  });
});
