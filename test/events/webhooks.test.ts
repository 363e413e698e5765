import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebhooks, type Dispatcher } from "../../apps/api/src/services/webhook-dispatcher.ts";
import { WebhooksSchema } from "../../apps/api/src/webhooks/config.ts";
import { db, dposTeam, GOOD_BRIEF, gql, ok, SUBMIT, type Submitted } from "../handoffs/fixture.ts";
import { testDb } from "../helpers.ts";

// events.md, "Webhooks": Standard Webhooks signatures checked by the third-party
// `standardwebhooks` library; a receiver that hangs and one that answers 500 never delay a
// mutation; failures are retried with backoff and logged; deliveries survive a restart.
const SECRET = `whsec_${Buffer.alloc(32, 42).toString("base64")}`;
interface Received { headers: Record<string, string>; body: string }

/** A receiver on a free loopback port; `answer` decides what each request gets (or never answers). */
async function receiver(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

async function until<T>(what: string, check: () => Promise<T | null> | T | null, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const LOG = `query($team: ID, $webhook: String) { webhookDeliveries(team: $team, webhook: $webhook) {
  id webhook eventType handoff status attempts lastStatusCode lastError messageId nextAttemptAt deliveredAt } }`;
interface Delivery { id: string; webhook: string; eventType: string; handoff: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null; messageId: string; nextAttemptAt: string | null; deliveredAt: string | null }
const log = async (team: string, webhook: string) => (await ok<{ webhookDeliveries: Delivery[] }>(LOG, { team, webhook })).webhookDeliveries;

describe("webhooks", () => {
  let team = "";
  const run = Math.random().toString(36).slice(2, 8);
  const good = { verified: [] as unknown[] };
  let ok200: Awaited<ReturnType<typeof receiver>>;
  let hanging: Awaited<ReturnType<typeof receiver>>;
  let failing: Awaited<ReturnType<typeof receiver>>;
  const held: ServerResponse[] = [];
  let dispatcher: Dispatcher;
  let hooks: ReturnType<typeof WebhooksSchema.parse>;
  const otherDb = testDb();

  beforeAll(async () => {
    team = await dposTeam("dpos-hooks");
    ok200 = await receiver((req, res, body) => {
      // The receiver's side, with a third-party Standard Webhooks implementation.
      good.verified.push(new Webhook(SECRET).verify(body, req.headers as Record<string, string>));
      res.writeHead(204).end();
    });
    hanging = await receiver((_req, res) => held.push(res));
    failing = await receiver((_req, res) => res.writeHead(500).end("down"));
    hooks = WebhooksSchema.parse([
      { id: `good-${run}`, url: ok200.url, secret: SECRET, teams: [team] },
      { id: `hang-${run}`, url: hanging.url, secret: SECRET, teams: [team], events: ["SUBMITTED"] },
      { id: `fail-${run}`, url: failing.url, secret: SECRET, teams: [team], events: ["SUBMITTED"] },
    ]);
    // Short timeouts and retries for the test; the real schedule is unit-tested (backoff.ts).
    dispatcher = startWebhooks(db, hooks, { tickMs: 100, timeoutMs: 3_000, delays: [200, 200] });
    await dispatcher.tick();
  });
  afterAll(async () => {
    await dispatcher.stop();
    for (const res of held) res.end();
    await Promise.all([ok200.close(), hanging.close(), failing.close()]);
    await otherDb.close();
  });

  it("sign every delivery so that the standardwebhooks library verifies it", async () => {
    const id = (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF })).submitHandoff.id;
    await ok(`mutation($team: ID!, $h: ID!) { acknowledgeHandoff(team: $team, handoff: $h) { id } }`, { team, h: id });
    const verified = await until("two verified deliveries", () => (good.verified.length >= 2 ? good.verified : null));
    expect(verified).toMatchObject([
      { type: "handoff.submitted", data: { type: "SUBMITTED", team, handoff: id, contract: "pm-to-architect", detail: { passed: true } } },
      { type: "handoff.acknowledged", data: { type: "ACKNOWLEDGED", team, handoff: id, detail: { by: "architect" } } },
    ]);
    const first = ok200.received[0];
    expect(first?.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    // A tampered body is refused by the same library.
    expect(() => new Webhook(SECRET).verify(first?.body.replace(id, "x") ?? "", first?.headers ?? {})).toThrow();
    const entries = await until("the log to say delivered", async () => {
      const rows = await log(team, `good-${run}`);
      return rows.length === 2 && rows.every((r) => r.status === "DELIVERED") ? rows : null;
    });
    expect(entries.map((r) => [r.eventType, r.attempts, r.lastStatusCode])).toEqual([["ACKNOWLEDGED", 1, 204], ["SUBMITTED", 1, 204]]);
  });

  it("a hanging and a failing receiver delay no mutation; the failures are retried with backoff, then given up, all in the log", async () => {
    const before = hanging.received.length;
    const first = (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF })).submitHandoff.id;
    // The hanging receiver now holds a delivery of `first` open...
    await until("the hanging receiver to be called", () => (hanging.received.length > before ? true : null));
    const open = held.length;
    // ...and mutations still complete while it hangs.
    const second = (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF })).submitHandoff.id;
    await ok(`mutation($team: ID!, $h: ID!) { acknowledgeHandoff(team: $team, handoff: $h) { id } }`, { team, h: second });
    expect(held.length).toBeGreaterThanOrEqual(open);
    expect(held.slice(0, open).every((res) => !res.writableEnded)).toBe(true);

    const failed = await until("the 500 receiver's deliveries to be given up", async () => {
      const rows = (await log(team, `fail-${run}`)).filter((r) => r.handoff === first);
      return rows.length === 1 && rows[0]?.status === "FAILED" ? rows : null;
    });
    // The first attempt and two retries (the test's schedule), each answered 500.
    expect(failed[0]).toMatchObject({ attempts: 3, lastStatusCode: 500, lastError: "HTTP 500", nextAttemptAt: null, deliveredAt: null });
    expect(failing.received.filter((r) => r.body.includes(`"handoff":"${first}"`)).map((r) => r.headers["webhook-id"])).toEqual(
      Array(3).fill(failed[0]?.messageId));
    const hung = await until("the hanging delivery to time out and wait for a retry", async () => {
      const rows = (await log(team, `hang-${run}`)).filter((r) => r.handoff === first);
      return rows[0]?.lastError?.startsWith("no answer within") ? rows : null;
    });
    expect(hung[0]?.lastStatusCode).toBeNull();
  });

  it("keeps deliveries in Neo4j: a new instance delivers what was queued before a restart", async () => {
    await dispatcher.stop();
    const sent = ok200.received.length;
    const id = (await ok<{ submitHandoff: Submitted }>(SUBMIT, { team, contract: "pm-to-architect", payload: GOOD_BRIEF })).submitHandoff.id;
    // The "restarted" API: another driver, another dispatcher with the same configuration.
    dispatcher = startWebhooks(otherDb, hooks, { tickMs: 100, timeoutMs: 3_000, delays: [200, 200] });
    await until("the restarted instance to deliver", () => (ok200.received.length > sent ? true : null));
    expect(ok200.received.slice(sent).map((r) => (JSON.parse(r.body) as { data: { handoff: string } }).data.handoff)).toEqual([id]);
  });

  it("answers the log with BAD_USER_INPUT for a bad limit", async () => {
    const result = await gql(`{ webhookDeliveries(limit: 0) { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
