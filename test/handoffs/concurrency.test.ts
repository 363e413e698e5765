import { beforeAll, describe, expect, it } from "vitest";
import { codes, db, dposTeam, GOOD_BRIEF, gql, ok, SUBMIT, type Submitted } from "./fixture.ts";

let team = "";
beforeAll(async () => {
  team = await dposTeam("dpos-concurrent");
});

const count = async (contract: string) =>
  (await db.query(`MATCH (h:Handoff {team: $team, contractId: $contract}) RETURN count(h) AS n`, { team, contract }))[0]?.n;

describe("handoffs submitted at once", () => {
  it("50 simultaneous submissions under one contract all land, each once, listed in order of submission time", async () => {
    // Times are handed out in an order unrelated to the order the requests start in.
    const times = Array.from({ length: 50 }, (_, i) => new Date(Date.UTC(2026, 2, 2, 9, (i * 37) % 50)).toISOString());
    const started = performance.now();
    const results = await Promise.all(times.map((at) => gql<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF, at })));
    const ms = Math.round(performance.now() - started);
    console.log(`50 concurrent submitHandoff: ${ms} ms`);

    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const ids = results.map((r) => r.data?.submitHandoff.id);
    expect(new Set(ids).size).toBe(50);
    expect([...ids].sort()).toEqual(Array.from({ length: 50 }, (_, i) => `pm-to-architect/${i + 1}`).sort());
    expect(await count("pm-to-architect")).toBe(50);

    const q = `query($team: ID!) { team(id: $team) { contracts { id handoffs { id submittedAt } } } }`;
    const listed = (await ok<{ team: { contracts: { id: string; handoffs: { id: string; submittedAt: string }[] }[] } }>(q, { team }))
      .team.contracts.find((c) => c.id === "pm-to-architect")?.handoffs ?? [];
    expect(listed.map((h) => h.submittedAt)).toEqual([...times].sort());
    expect(listed.map((h) => h.id).sort()).toEqual([...ids].sort());
  });

  it("the same idempotency key twice returns the first handoff and records nothing new", async () => {
    const before = await count("architect-to-engineer");
    const payload = { approach: "Batch extract", alternatives_considered: ["Streaming", "Manual"], appetite_weeks: 4, open_risks: [] };
    const first = await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "architect-to-engineer", payload, key: "design-42" });
    const again = await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "architect-to-engineer", payload: { approach: "changed" }, key: "design-42" });
    expect(again).toEqual(first);
    expect(await count("architect-to-engineer")).toBe(Number(before) + 1);
  });

  it("twenty simultaneous requests with one key record one handoff, and all of them return it", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () =>
      gql<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "designer-to-engineer", payload: { user_flows: ["signup"], acceptance_criteria: ["ok"] }, key: "race-1" })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data?.submitHandoff.id))).toEqual(new Set(["designer-to-engineer/1"]));
    expect(await count("designer-to-engineer")).toBe(1);
  });

  it("one key raced under two contracts: one record, and the loser is told it conflicts", async () => {
    const results = await Promise.all(["engineer-to-qa", "architect-to-engineer"].map((contract) =>
      gql<{ submitHandoff: Submitted }>(SUBMIT, { team, contract, payload: {}, key: "shared-key" })));
    const stored = await db.query(`MATCH (h:Handoff {team: $team, idempotencyKey: "shared-key"}) RETURN h.id AS id`, { team });
    expect(stored.length).toBe(1);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? r.data?.submitHandoff.id).sort()).toEqual(["CONFLICT", stored[0]?.id].sort());
    expect(await codes(SUBMIT, { team, contract: "designer-to-engineer", payload: {}, key: "shared-key" })).toEqual(["CONFLICT"]);
  });

  it("ten simultaneous acknowledgements: the first is kept and every answer shows it", async () => {
    const mark = `mutation($team: ID!, $at: DateTime) { acknowledgeHandoff(team: $team, handoff: "pm-to-architect/1", at: $at) { acknowledgedAt } }`;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      gql<{ acknowledgeHandoff: { acknowledgedAt: string } }>(mark, { team, at: new Date(Date.UTC(2026, 2, 3, 10, i)).toISOString() })));
    const answers = new Set(results.map((r) => r.data?.acknowledgeHandoff.acknowledgedAt));
    expect(answers.size).toBe(1);
    const [stored] = await db.query(`MATCH (h:Handoff {team: $team, id: "pm-to-architect/1"}) RETURN h.acknowledgedAt AS at`, { team });
    expect(answers).toEqual(new Set([stored?.at]));
  });
});
