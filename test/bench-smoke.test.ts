import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TeamSchema } from "@rolegraph/schema";
import { afterAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { gapReport } from "../apps/api/src/services/gaps.ts";
import { writeHandoffs } from "../bench/handoffs.ts";
import { parseParts, PARTS, runBench } from "../bench/run.ts";
import { generateMapTeam, generateOrganisation, organisationSummary, SIZES, type PlantedGaps } from "../seed/generate.ts";
import { testDb, uniqueTeamId } from "./helpers.ts";

// The generator's own checks, and `npm run bench` at size S in one quick pass: the smoke check
// that every measurement still runs. No timing is asserted here; figures come from
// `npm run bench -- --size L` on a quiet machine (docs/performance.md).

describe("the organisation generator", () => {
  it("gives the same organisation for the same size and seed, and another for another seed", () => {
    const a = JSON.stringify(generateOrganisation("S", { seed: 3 }));
    expect(JSON.stringify(generateOrganisation("S", { seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateOrganisation("S", { seed: 4 }))).not.toBe(a);
  });

  it("gives each size exactly its counts", () => {
    for (const size of ["S", "M"] as const) {
      const summary = organisationSummary(generateOrganisation(size));
      const spec = SIZES[size];
      // Another team's artifact is listed in its own team's file only, and named TEAM/ID where it is read.
      expect({ ...summary, artifacts: summary.artifacts + summary.crossTeamInputs }).toMatchObject({
        teams: spec.teams, roles: spec.roles, artifacts: spec.artifacts, flows: spec.flows,
        contracts: spec.contracts, agents: spec.agents, handoffs: spec.handoffs,
      });
    }
  });

  it("writes valid team files whose cross-team inputs are qualified references to another team's outputs, published but for the planted ones", () => {
    const org = generateOrganisation("M");
    const produced = new Set(org.teams.flatMap((t) => t.roles.flatMap((r) => r.produces.map((f) => `${t.team.id}/${f.artifact}`))));
    const published = new Set(org.teams.flatMap((t) => t.artifacts.filter((a) => a.published).map((a) => `${t.team.id}/${a.id}`)));
    const unpublished = new Set(org.crossTeam["unpublished-dependency"].map((s) => s.replace("|", "/")));
    let cross = 0;
    for (const team of org.teams) {
      expect(TeamSchema.safeParse(team).success).toBe(true);
      expect(team.artifacts.filter((a) => a.meta?.sourceTeam !== undefined)).toEqual([]);
      for (const flow of team.roles.flatMap((r) => r.consumes).filter((f) => f.artifact.includes("/"))) {
        cross += 1;
        expect(flow.artifact.startsWith(`${team.team.id}/`)).toBe(false);
        expect(produced.has(flow.artifact)).toBe(true);
        expect(published.has(flow.artifact) !== unpublished.has(flow.artifact)).toBe(true);
      }
    }
    expect(cross).toBeGreaterThan(0);
    expect(unpublished.size).toBeGreaterThan(0);
  });

  it("makes a map team of about the asked size", () => {
    const team = generateMapTeam(300);
    expect(team.roles.length + team.artifacts.length + team.agents.length + team.contracts.length).toBe(300);
  });
});

describe("the planted gaps", () => {
  const db = testDb();
  const prefix = uniqueTeamId("planted");
  const org = generateOrganisation({ teams: 4, roles: 60, artifacts: 480, flows: 2_400, contracts: 40, agents: 80, handoffs: 400 }, { prefix, seed: 11 });
  afterAll(async () => {
    for (const team of org.teams) await deleteTeam(db, team.team.id, true);
    await db.close();
  });

  it("are all found by the gap report", async () => {
    for (const team of org.teams) await importTeam(db, team);
    await writeHandoffs(db, org.teams, org.handoffs);
    const found = new Set<string>();
    for (const team of org.teams) {
      const report = await gapReport(db, team.team.id, { asOf: new Date(org.asOf) });
      for (const f of report?.findings ?? []) found.add(`${f.rule}|${team.team.id}|${f.subjectId}`);
    }
    const missing = Object.entries(org.planted as PlantedGaps).flatMap(([rule, subjects]) => subjects.map((s) => `${rule}|${s}`)).filter((s) => !found.has(s));
    expect(missing).toEqual([]);
    expect(Object.values(org.planted).reduce((n, list) => n + list.length, 0)).toBeGreaterThan(20);
  }, 120_000);
});

describe("npm run bench, size S, one quick pass", () => {
  const dir = mkdtempSync(join(tmpdir(), "rolegraph-bench-smoke-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports, runs every measurement once and writes its figures (never over bench/results)", async () => {
    const out = join(dir, "S.json");
    const result = await runBench({ size: "S", quick: true, out, log: () => {} });
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, "utf8")).size).toBe("S");
    expect(result.import.nodes + result.import.relationships).toBeGreaterThan(400);
    expect(result.import.handoffs.count).toBe(SIZES.S.handoffs);
    expect(result.parts).toEqual([...PARTS]);
    expect(result.import.oneAtATime?.entities).toBeGreaterThan(400);
    for (const [name, read] of Object.entries(result.reads ?? {})) {
      expect(read.graphql.runs, name).toBe(2);
      expect(read.raw.runs, name).toBe(2);
      expect(read.agree, `${name}: GraphQL, raw Cypher and @neo4j/graphql give as many results`).toBe(true);
    }
    expect(result.reads?.consumers.neo4jGraphql?.runs).toBe(2);
    expect(result.gapReports?.organisation.teams).toBe(1);
    expect(result.concurrent?.requests).toBeGreaterThan(0);
    expect(result.concurrent?.errors).toBe(0);
    expect(result.concurrentUncached?.requests).toBeGreaterThan(0);
    expect(result.concurrentUncached?.errors).toBe(0);
    // The realistic mix against the API in its own process, cache on then off. Each of the six
    // reads was answered once before the clients started (measureRealisticLoad throws if one
    // fails); in a 2 s window a busy machine may not finish the rarer ones, so only what was
    // timed is checked to be among them and error-free.
    const reads = ["composition", "consumers", "contextChain", "gapReport", "impactedRoles", "roleFlows"];
    for (const run of [result.realistic?.cacheOn, result.realistic?.cacheOff]) {
      expect(run?.requests).toBeGreaterThan(0);
      expect(run?.errors).toBe(0);
      expect(reads).toEqual(expect.arrayContaining(Object.keys(run?.byLabel ?? {})));
      expect(run?.rssMb.max).toBeGreaterThan(30);
      // The open loop offered the named rate (quick: that rate alone) and timed what it sent.
      expect(run?.openLoop?.steps.map((s) => s.offeredPerSecond)).toEqual([50]);
      expect(run?.openLoop?.atNamedRate?.requests).toBeGreaterThan(0);
      expect(run?.openLoop?.atNamedRate?.errors).toBe(0);
    }
    expect(result.realistic?.cacheOn.cacheHitRatio).toBeGreaterThan(0);
    expect(result.realistic?.cacheOff.cacheHitRatio).toBeNull();
    expect(result.explorer?.map((e) => e.responseCache)).toEqual([false, true]);
    expect(result.explorer?.[0]?.mapNodes).toBeGreaterThan(0);
    expect(result.explorer?.[0]?.edges).toBeGreaterThan(0);
    expect(result.targets.length).toBeGreaterThan(5);
  }, 300_000);

  it("runs only the parts asked for and adds them to the earlier file of the same size", async () => {
    const out = join(dir, "S.json");
    const result = await runBench({ size: "S", quick: true, out, only: ["gaps"], log: () => {} });
    expect(result.parts).toEqual([...PARTS]);
    const written = JSON.parse(readFileSync(out, "utf8")) as typeof result;
    expect(written.gapReports?.organisation.teams).toBe(1);
    expect(written.reads?.consumers.graphql.runs).toBe(2);
    const alone = await runBench({ size: "S", quick: true, out: join(dir, "alone.json"), only: ["gaps"], log: () => {} });
    expect(alone.parts).toEqual(["gaps"]);
    expect(alone.reads).toBeUndefined();
    expect(alone.import.oneAtATime).toBeUndefined();
    expect(() => parseParts("reads,imports")).toThrow(/unknown part\(s\) imports/);
  }, 300_000);
});
