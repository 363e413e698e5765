import { builder } from "../builder.ts";
import type { DeliveryRow } from "../db/webhooks.ts";
import { listDeliveries } from "../services/webhooks.ts";

// events.md, "Webhooks": the delivery log, newest event first.

const iso = (ms: number | null): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

export const WebhookDeliveryStatusEnum = builder.enumType("WebhookDeliveryStatus", {
  description: "Where a webhook delivery stands",
  values: {
    PENDING: { description: "Not delivered yet: waiting for its first attempt or a retry" },
    DELIVERED: { description: "The receiver answered 2xx" },
    FAILED: { description: "Every retry failed; no more attempts" },
  },
});

const WebhookDelivery = builder.objectRef<DeliveryRow>("WebhookDelivery").implement({
  description: "One handoff event sent (or to be sent) to one receiver of ROLEGRAPH_WEBHOOKS, with its attempts",
  fields: (t) => ({
    id: t.exposeID("id", { description: "<webhook id>:<event id>" }),
    webhook: t.exposeString("hook", { description: "The receiver's id (given in ROLEGRAPH_WEBHOOKS, or derived from its URL)" }),
    url: t.exposeString("url", { description: "Where it is POSTed" }),
    messageId: t.exposeString("messageId", { description: "The webhook-id header: the same on every attempt, so a receiver can drop repeats" }),
    eventId: t.id({ description: "The HandoffEvent delivered", resolve: (d) => String(d.seq) }),
    eventType: t.string({ description: "Its type (a HandoffEventType)", resolve: (d) => d.type }),
    team: t.exposeID("team", { description: "The event's team" }),
    handoff: t.exposeID("handoff", { description: "The event's handoff id" }),
    status: t.field({ type: WebhookDeliveryStatusEnum, description: "Where it stands", resolve: (d) => d.status }),
    attempts: t.exposeInt("attempts", { description: "Attempts so far" }),
    lastStatusCode: t.int({ nullable: true, description: "The receiver's HTTP status on the last attempt; null if it did not answer", resolve: (d) => d.lastStatusCode }),
    lastError: t.string({ nullable: true, description: "Why the last attempt failed", resolve: (d) => d.lastError }),
    createdAt: t.field({ type: "DateTime", description: "When it was queued", resolve: (d) => iso(d.createdAt) ?? "" }),
    lastAttemptAt: t.field({ type: "DateTime", nullable: true, description: "The last attempt", resolve: (d) => iso(d.lastAttemptAt) }),
    nextAttemptAt: t.field({ type: "DateTime", nullable: true, description: "The next attempt, while PENDING", resolve: (d) => iso(d.nextAttemptAt) }),
    deliveredAt: t.field({ type: "DateTime", nullable: true, description: "When the receiver accepted it", resolve: (d) => iso(d.deliveredAt) }),
  }),
});

builder.queryField("webhookDeliveries", (t) =>
  t.field({
    type: [WebhookDelivery],
    description: "The webhook delivery log, newest event first; the filters combine",
    args: {
      team: t.arg.id({ description: "Only this team's events" }),
      webhook: t.arg.string({ description: "Only this receiver's deliveries" }),
      status: t.arg({ type: WebhookDeliveryStatusEnum, description: "Only deliveries in this state" }),
      limit: t.arg.int({ defaultValue: 100, description: "At most this many, 1 to 1000" }),
    },
    resolve: (_root, args, ctx) => listDeliveries(ctx.db, {
      team: args.team === null || args.team === undefined ? null : String(args.team), hook: args.webhook ?? null,
      status: args.status ?? null, limit: args.limit ?? 100,
    }),
  }));
