import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../api-helpers.ts";
import { db, dposTeam, GOOD_BRIEF, gql, ok, SUBMIT, type Submitted } from "../handoffs/fixture.ts";
import { testDb } from "../helpers.ts";
import { subscribe } from "./sse.ts";

// events.md, "Events": durable, ordered, unique ids; a query after an id; a subscription over
// SSE that resumes; two API instances over one Neo4j delivering every event to their
// subscribers once each, in order.
let team = "";
beforeAll(async () => {
  team = await dposTeam("dpos-events");
});

const EVENTS = `query($team: ID, $after: ID, $limit: Int) { handoffEvents(team: $team, after: $after, limit: $limit) {
  id type at team { id } handoff { id } contractId detail } }`;
const LIVE = `subscription($team: ID, $after: ID) { handoffEvents(team: $team, after: $after) { id type handoff { id } } }`;
const ACK = `mutation($team: ID!, $handoff: ID!, $override: String) { acknowledgeHandoff(team: $team, handoff: $handoff, override: $override) { id } }`;
const START = `mutation($team: ID!, $handoff: ID!) { startNextStage(team: $team, handoff: $handoff) { id } }`;
interface Event { id: string; type: string; handoff: { id: string } }
const submit = async (via = gql, payload: unknown = GOOD_BRIEF) =>
  (await via<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload })).data?.submitHandoff.id ?? "";

describe("handoff events", () => {
  it("are stored with each change, in order, and a refused change records none", async () => {
    const failed = (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: { evidence: [] }, at: "2026-03-02T09:00:00Z" })).submitHandoff.id;
    expect((await gql(ACK, { team, handoff: failed })).errors?.[0]?.extensions?.code).toBe("GATES_FAILED");
    await ok(ACK, { team, handoff: failed, override: "demo tomorrow" });
    await ok(START, { team, handoff: failed });
    const events = (await ok<{ handoffEvents: { id: string; type: string; at: string; team: { id: string }; handoff: { id: string }; contractId: string; detail: Record<string, unknown> }[] }>(EVENTS, { team })).handoffEvents;
    expect(events.map((e) => [e.type, e.handoff.id, e.team.id, e.contractId])).toEqual([
      ["SUBMITTED", failed, team, "pm-to-architect"], ["ACKNOWLEDGED", failed, team, "pm-to-architect"], ["NEXT_STAGE_STARTED", failed, team, "pm-to-architect"],
    ]);
    expect(events[0]?.at).toBe("2026-03-02T09:00:00.000Z");
    expect(events[0]?.detail).toEqual({ passed: false, valid: false, submittedBy: "data-pm", failedGates: ["evidence", "priority", "measurable", "ethics"] });
    expect(events[1]?.detail).toMatchObject({ by: "architect", principal: "local", override: "demo tomorrow", overridden: true });
    const ids = events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(3);

    const after = (await ok<{ handoffEvents: { id: string }[] }>(EVENTS, { team, after: events[0]?.id, limit: 1 })).handoffEvents;
    expect(after.map((e) => e.id)).toEqual([events[1]?.id]);
    expect((await gql(EVENTS, { team, after: "x1" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await gql(EVENTS, { team, limit: 0 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("are followed over SSE from an id: the missed ones first, then live ones, each once", async () => {
    const known = (await ok<{ handoffEvents: { id: string }[] }>(EVENTS, { team })).handoffEvents;
    const first = known[0]?.id;
    const { app } = testApp(db);
    const sub = await subscribe<{ handoffEvents: Event }>(app.fetch, "http://127.0.0.1/graphql", LIVE, { team, after: first });
    try {
      await sub.waitFor(2);
      const id = await submit();
      const got = (await sub.waitFor(3)).map((d) => d.handoffEvents);
      expect(got.map((e) => e.type)).toEqual(["ACKNOWLEDGED", "NEXT_STAGE_STARTED", "SUBMITTED"]);
      expect(got[2]?.handoff.id).toBe(id);
      expect(got.map((e) => e.id).slice(0, 2)).toEqual(known.slice(1).map((e) => e.id));
    } finally {
      sub.close();
    }
  });
});

describe("two API instances over one Neo4j", () => {
  // Two drivers, two apps, two event feeds: as two processes would have.
  const otherDb = testDb();
  afterAll(() => otherDb.close());

  it("deliver every event to the subscribers of both, once each, in order, whichever instance wrote it", async () => {
    const a = testApp(db).app;
    const b = testApp(otherDb);
    // From the last event stored: a subscription without `after` starts when its instance's feed
    // registers it, which under a loaded CI could come after the first submission below.
    const [latest] = (await ok<{ handoffEvents: { id: string }[] }>(EVENTS, { team, after: "0", limit: 1000 })).handoffEvents.slice(-1);
    const after = latest?.id ?? "0";
    const subs = await Promise.all([a, b.app, a, b.app].map((app) => subscribe<{ handoffEvents: Event }>(app.fetch, "http://127.0.0.1/graphql", LIVE, { team, after })));
    try {
      // Written on both sides, some at once.
      const ids = [await submit(gql), await submit(b.gql)];
      ids.push(...await Promise.all([submit(gql), submit(b.gql), submit(gql), submit(b.gql)]));
      await ok(ACK, { team, handoff: ids[0] });
      expect((await b.gql(START, { team, handoff: ids[0] })).errors).toBeUndefined();
      const stored = (await ok<{ handoffEvents: { id: string; type: string }[] }>(EVENTS, { team, after: "0", limit: 1000 })).handoffEvents;
      const expected = stored.slice(-8).map((e) => e.id);
      expect(stored.slice(-8).map((e) => e.type)).toEqual([...Array(6).fill("SUBMITTED"), "ACKNOWLEDGED", "NEXT_STAGE_STARTED"]);
      for (const sub of subs) {
        const got = (await sub.waitFor(8)).map((d) => d.handoffEvents.id);
        expect(got).toEqual(expected);
      }
      // Nothing doubled later either.
      await new Promise((resolve) => setTimeout(resolve, 600));
      for (const sub of subs) expect(sub.received).toHaveLength(8);
    } finally {
      for (const sub of subs) sub.close();
    }
  });

  it("number events written at once from both, without a queue in front (acknowledgements), each its own number", async () => {
    const b = testApp(otherDb);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await submit(i % 2 === 0 ? gql : b.gql));
    const [last] = (await ok<{ handoffEvents: { id: string }[] }>(EVENTS, { team, after: "0", limit: 1000 })).handoffEvents.slice(-1);
    // Twelve transactions race for the counter's lock, half through each driver.
    const answers = await Promise.all(ids.map((handoff, i) => (i % 2 === 0 ? gql : b.gql)(ACK, { team, handoff })));
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const acks = (await ok<{ handoffEvents: { id: string; type: string; handoff: { id: string } }[] }>(EVENTS, { team, after: last?.id, limit: 1000 })).handoffEvents;
    expect(acks.map((e) => e.type)).toEqual(Array(12).fill("ACKNOWLEDGED"));
    expect(new Set(acks.map((e) => e.handoff.id))).toEqual(new Set(ids));
    // None taken twice (other teams' tests share the counter, so gaps are theirs).
    expect(new Set(acks.map((e) => e.id)).size).toBe(12);
  });
});
