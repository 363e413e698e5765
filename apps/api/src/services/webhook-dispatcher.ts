import type { Db } from "../db/driver.ts";
import { lastEventSeq, type EventRow } from "../db/events.ts";
import { anyDeliveryDue, claimDueDeliveries, enqueueDeliveries, readCursors, recordOutcome, type ClaimedDelivery, type NewDelivery } from "../db/webhooks.ts";
import { parseJson } from "../handoffs/record.ts";
import { nextDelay, RETRY_DELAYS_MS } from "../webhooks/backoff.ts";
import { wants, type WebhookConfig } from "../webhooks/config.ts";
import { messageBody, messageId, signatureHeaders } from "../webhooks/sign.ts";

/**
 * Delivers handoff events to the receivers of ROLEGRAPH_WEBHOOKS (events.md, "Webhooks"),
 * beside the request path: a mutation only writes its event; this loop, in every instance,
 * turns events into persisted deliveries and sends the due ones with a timeout, so a slow or
 * dead receiver delays nothing but its own deliveries. Failed attempts are retried with
 * backoff (webhooks/backoff.ts); the delivery log is in Neo4j (db/webhooks.ts).
 */
const PAGE = 500;

export interface DispatcherOptions {
  tickMs?: number;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs?: number;
  delays?: readonly number[];
  clock?: () => Date;
  batch?: number;
  onError?: (error: unknown) => void;
}

export interface Dispatcher {
  /** One round: queue new events, send what is due. Resolves when the round's sends are started. */
  tick(): Promise<void>;
  /** Stops the loop and waits for the attempts in flight. */
  stop(): Promise<void>;
}

export function startWebhooks(db: Db, hooks: readonly WebhookConfig[], options: DispatcherOptions = {}): Dispatcher {
  const clock = options.clock ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 10_000;
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const byId = new Map(hooks.map((h) => [h.id, h]));
  const ids = hooks.map((h) => h.id);
  const inFlight = new Set<Promise<void>>();
  let known: Map<string, number> | null = null;
  let round: Promise<void> | null = null;
  let stopped = false;

  const select = (hook: WebhookConfig) => (events: EventRow[]): NewDelivery[] =>
    events.filter((e) => wants(hook, e)).map((e) => ({
      id: `${hook.id}:${e.seq}`, hook: hook.id, url: hook.url, seq: e.seq, team: e.team, handoff: e.handoff, type: e.type,
      messageId: messageId(e.seq), body: messageBody({ ...e, detail: parseJson(e.detail) }, new Date(e.recordedAt)),
    }));

  async function enqueue(): Promise<void> {
    const last = await lastEventSeq(db);
    known ??= await readCursors(db, ids);
    for (const hook of hooks) {
      // Reads first: an idle round writes nothing (a write would also empty the response cache).
      if (known.has(hook.id) && (known.get(hook.id) ?? 0) >= last) continue;
      while ((await enqueueDeliveries(db, hook.id, clock().getTime(), PAGE, select(hook))) === PAGE);
      known.set(hook.id, last);
    }
  }

  async function send(d: ClaimedDelivery): Promise<void> {
    const hook = byId.get(d.hook);
    if (!hook) return;
    let code: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(d.url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "rolegraph-webhooks", ...signatureHeaders(hook.secret, d.messageId, clock(), d.body) },
        body: d.body,
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      code = response.status;
      await response.body?.cancel();
      if (code < 200 || code >= 300) error = `HTTP ${code}`;
    } catch (e) {
      error = (e as Error).name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : String((e as Error).message);
    }
    const at = clock().getTime();
    const delay = error === null ? null : nextDelay(d.attempts, delays);
    await recordOutcome(db, {
      id: d.id, code, error, at,
      status: error === null ? "DELIVERED" : delay === null ? "FAILED" : "PENDING",
      nextAttemptAt: delay === null ? null : at + delay,
    });
  }

  async function deliver(): Promise<void> {
    const now = clock().getTime();
    if (!(await anyDeliveryDue(db, ids, now))) return;
    // The lease outlives one attempt: another instance claims it again only if this one died.
    const claimed = await claimDueDeliveries(db, ids, now, timeoutMs + 30_000, options.batch ?? 20);
    for (const d of claimed) {
      const attempt = send(d).catch((e: unknown) => options.onError?.(e)).finally(() => inFlight.delete(attempt));
      inFlight.add(attempt);
    }
  }

  const tick = () => {
    round ??= (async () => {
      try {
        if (!stopped && ids.length > 0) {
          await enqueue();
          await deliver();
        }
      } catch (error) {
        known = null;
        options.onError?.(error);
      } finally {
        round = null;
      }
    })();
    return round;
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? 1_000);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await round;
      await Promise.all([...inFlight]);
    },
  };
}
