import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Command, CommandIo } from "../../apps/api/src/cli/command.ts";
import { lintCommand } from "../../apps/api/src/cli/commands/lint.ts";
import { reportCommand } from "../../apps/api/src/cli/commands/report.ts";
import { parseEnv } from "../../apps/api/src/env.ts";
import { buildOrg, fromTeam, orgReport } from "@rolegraph/rules";
import { parseTeamDocument } from "@rolegraph/schema";
import { listTeams } from "../../apps/api/src/db/team-store.ts";
import { TEAMS_PER_READ } from "../../apps/api/src/db/rules-graph.ts";
import { gapReport, organizationGapReport } from "../../apps/api/src/services/gaps.ts";
import type { Finding } from "../../apps/api/src/gaps/types.ts";
import { testApp } from "../api-helpers.ts";
import { ROOT, uniqueTeamId } from "../helpers.ts";
import { db, fixture, imported } from "./fixture.ts";

/**
 * Three teams that consume each other's context, with one of each cross-team gap planted:
 * growth takes data's unpublished raw export (contracted: only unpublished-dependency);
 * finance takes data's published metrics with no contract (uncontracted-cross-team-flow)
 * and growth's forecast, which growth does not have (unresolved-reference).
 */
function organisation() {
  const ids = { data: uniqueTeamId("org-data"), growth: uniqueTeamId("org-growth"), finance: uniqueTeamId("org-fin") };
  const gates = "requires: [{ field: week, type: text }], gates: [{ id: fresh, text: Fresh, check: { field: week, present: true } }]";
  const data = fixture(`
roles:
  - { id: analyst, name: Analyst, consumes: [{ artifact: market, cadence: weekly }], produces: [{ artifact: metrics, cadence: weekly }, { artifact: raw, cadence: weekly }] }
artifacts:
  - { id: market, name: Market data, format: csv, external: true }
  - { id: metrics, name: Weekly metrics, format: table, published: true }
  - { id: raw, name: Raw export, format: csv }
contracts:
  - { id: to-growth, from: analyst, to: ${ids.growth}/pm, boundary: { from: discover, to: decide }, carries: [metrics, raw], ${gates} }`, ids.data);
  const growth = fixture(`
roles:
  - { id: pm, name: Growth PM, consumes: [{ artifact: ${ids.data}/metrics, cadence: weekly }, { artifact: ${ids.data}/raw, cadence: weekly }], produces: [{ artifact: plan, cadence: weekly }] }
  - { id: eng, name: Engineer, consumes: [{ artifact: plan, cadence: weekly }] }
artifacts:
  - { id: plan, name: Plan, format: text }`, ids.growth);
  const finance = fixture(`
roles:
  - { id: cfo, name: CFO, consumes: [{ artifact: ${ids.data}/metrics, cadence: weekly }, { artifact: ${ids.growth}/forecast, cadence: weekly }], produces: [{ artifact: budget, cadence: monthly }] }
  - { id: board, name: Board, consumes: [{ artifact: budget, cadence: monthly }] }
artifacts:
  - { id: budget, name: Budget, format: sheet }`, ids.finance);
  return { ids, teams: { data, growth, finance } };
}

const CROSS = new Set(["unresolved-reference", "unpublished-dependency", "uncontracted-cross-team-flow"]);
const line = (f: Finding) => `${f.team} ${f.rule} ${f.subjectId}`;

describe("the organisation's gap report", () => {
  for (const order of [["data", "growth", "finance"], ["finance", "growth", "data"]] as const) {
    it(`finds each planted cross-team gap exactly once, teams imported ${order.join(", ")}`, async () => {
      const { ids, teams } = organisation();
      for (const name of order) await imported(teams[name]);
      const mine = new Set(Object.values(ids));
      const report = await organizationGapReport(db, { asOf: new Date("2026-03-01T12:00:00Z") });
      const ours = report.findings.filter((f) => f.team !== undefined && mine.has(f.team));
      expect(ours.filter((f) => CROSS.has(f.rule)).map(line).sort()).toEqual([
        `${ids.finance} uncontracted-cross-team-flow ${ids.data}/metrics`,
        `${ids.finance} unresolved-reference ${ids.growth}/forecast`,
        `${ids.growth} unpublished-dependency ${ids.data}/raw`,
      ]);
      // Reported once: the unresolved reference is not also an unsourced input, and what other
      // teams consume is no orphan and its producer no hoarder.
      expect(ours.filter((f) => ["unsourced-input", "orphan-output", "context-hoarding"].includes(f.rule) && f.team === ids.data)).toEqual([]);
      expect(ours.some((f) => f.rule === "unsourced-input" && f.subjectId.endsWith("forecast"))).toBe(false);

      // One team's report sees across teams too, and agrees with the organisation's.
      for (const id of Object.values(ids)) {
        const single = await gapReport(db, id, { asOf: new Date("2026-03-01T12:00:00Z") });
        expect(single?.findings.map(line).sort()).toEqual(ours.filter((f) => f.team === id).map(line).sort());
      }
    // The first test of a fresh Neo4j plans every statement of import and report: up to a minute on a loaded machine.
    }, 180_000);
  }

  it("resolves a reference when the other team arrives, without re-importing the referencing team", async () => {
    const { ids, teams } = organisation();
    await imported(teams.growth);
    const before = await gapReport(db, ids.growth);
    expect(before?.findings.filter((f) => f.rule === "unresolved-reference").map((f) => f.subjectId).sort()).toEqual([`${ids.data}/metrics`, `${ids.data}/raw`]);
    await imported(teams.data);
    const after = await gapReport(db, ids.growth);
    expect(after?.findings.filter((f) => f.rule === "unresolved-reference")).toEqual([]);
    expect(after?.findings.filter((f) => CROSS.has(f.rule)).map((f) => `${f.rule} ${f.subjectId}`)).toEqual([`unpublished-dependency ${ids.data}/raw`]);
  });

  it("reads every team's graph in a bounded number of round trips, not one per team", async () => {
    const { teams } = organisation();
    for (const team of Object.values(teams)) await imported(team);
    const count = (await listTeams(db)).length;
    const before = db.stats.roundTrips;
    await organizationGapReport(db, { fresh: true });
    // The last-commit mark, the team list, then one read per batch of teams.
    expect(db.stats.roundTrips - before).toBeLessThanOrEqual(2 + Math.ceil(count / TEAMS_PER_READ));
  });

  it("serves Organization.gapReport over GraphQL, each finding naming its team", async () => {
    const { ids, teams } = organisation();
    for (const team of Object.values(teams)) await imported(team);
    const { gql } = testApp(db);
    const result = await gql<{ organization: { gapReport: { findings: { team: string; rule: string; subjectId: string }[] } } }>(
      "{ organization { gapReport(minSeverity: WARNING) { findings { team rule subjectId } } } }");
    expect(result.errors).toBeUndefined();
    const found = result.data?.organization.gapReport.findings ?? [];
    expect(found).toContainEqual({ team: ids.finance, rule: "unresolved-reference", subjectId: `${ids.growth}/forecast` });
    const team = await gql<{ team: { gapReport: { findings: { team: string }[] } } }>(`{ team(id: "${ids.growth}") { gapReport { findings { team } } } }`);
    expect(new Set(team.data?.team.gapReport.findings.map((f) => f.team))).toEqual(new Set([ids.growth]));
  });
});

/** Runs a command as main() does, against the test database (a graph "is there": NEO4J_URI set). */
async function run(command: Command, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    config: parseEnv({ NEO4J_URI: "bolt://127.0.0.1:7687" }), out: (t) => out.push(t), err: (t) => err.push(t),
    connect: async () => ({ db, close: async () => {} }),
  };
  return { code: await command.run(args, io), out: out.join(""), err: err.join("\n") };
}

describe("rolegraph report --org and lint against the graph", () => {
  it("report --org prints every team's findings with their team, in each format", async () => {
    const { ids, teams } = organisation();
    for (const team of Object.values(teams)) await imported(team);
    const md = await run(reportCommand, ["--org"]);
    expect(md.code).toBe(1);
    expect(md.out).toContain(`**\`unresolved-reference\`** team \`${ids.finance}\` artifact \`${ids.growth}/forecast\``);
    expect(md.err).toContain(`${ids.finance}: score`);
    const json = JSON.parse((await run(reportCommand, ["--org", "--format", "json"])).out) as { teamId: string; findings: Finding[]; teams?: unknown };
    expect(json.teamId).toBe("organization");
    expect(json.teams).toBeUndefined();
    expect(json.findings.filter((f) => f.rule === "uncontracted-cross-team-flow" && f.team === ids.finance).map((f) => f.subjectId)).toEqual([`${ids.data}/metrics`]);
    const sarif = JSON.parse((await run(reportCommand, ["--org", "--format", "sarif"])).out) as { runs: { results: { ruleId: string; locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[] };
    expect(sarif.runs[0]?.results.filter((r) => r.ruleId === "unpublished-dependency").map((r) => r.locations[0]?.logicalLocations[0]?.fullyQualifiedName))
      .toContain(`${ids.growth}/artifact/${ids.data}/raw`);
    await expect(run(reportCommand, ["some-team", "--org"])).rejects.toThrow("give a TEAM or --org, not both");
  });

  it("lint FILE resolves the file's qualified references against the graph, or reports them unresolved", async () => {
    const { ids, teams } = organisation();
    await imported(teams.data);
    const file = join(mkdtempSync(join(tmpdir(), "rolegraph-org-lint-")), "growth.yaml");
    writeFileSync(file, `version: 1
team: { id: ${ids.growth}, name: Growth }
roles:
  - { id: pm, name: PM, consumes: [{ artifact: ${ids.data}/metrics, cadence: weekly }, { artifact: ${ids.data}/nothing, cadence: weekly }], produces: [{ artifact: plan, cadence: weekly }] }
  - { id: eng, name: Eng, consumes: [{ artifact: plan, cadence: weekly }] }
artifacts:
  - { id: plan, name: Plan, format: text }
`);
    const linted = JSON.parse((await run(lintCommand, [file, "--format", "json"])).out) as { findings: Finding[] };
    expect(linted.findings.filter((f) => f.rule === "unresolved-reference").map((f) => f.subjectId)).toEqual([`${ids.data}/nothing`]);
    const offline = JSON.parse((await run(lintCommand, [file, "--format", "json", "--offline"])).out) as { findings: Finding[] };
    expect(offline.findings.filter((f) => f.rule === "unresolved-reference")).toEqual([]);
  });
});

describe("the example organisation (seed/examples/org)", () => {
  it("reports the cross-team gaps its README plants", () => {
    const graphs = ["data-platform", "growth", "customer-support"].map((name) => {
      const parsed = parseTeamDocument(readFileSync(join(ROOT, "seed/examples/org", `${name}.yaml`), "utf8"));
      if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
      return fromTeam(parsed.team);
    });
    const found = orgReport(buildOrg(graphs), { asOf: new Date("2026-03-01T12:00:00Z") }).findings.filter((f) => CROSS.has(f.rule)).map(line);
    // Exactly the planted three: a person reading the report finds no other cross-team gap.
    expect(found.sort()).toEqual([
      "customer-support uncontracted-cross-team-flow growth/experiment-plan",
      "customer-support unresolved-reference billing/invoice-disputes",
      "growth unpublished-dependency data-platform/churn-model-scores",
    ]);
  });
});
