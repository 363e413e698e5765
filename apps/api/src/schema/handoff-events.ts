import { builder } from "../builder.ts";
import { keyOf } from "../db/entities.ts";
import { EVENT_TYPES, type EventRow } from "../db/events.ts";
import { parseJson } from "../handoffs/record.ts";
import { followEvents, listEvents } from "../services/events.ts";
import { HandoffContract } from "./contract.ts";
import { Handoff } from "./handoff.ts";
import { Team } from "./team.ts";

// events.md: what happened to handoffs, durably and in order; read after an id, or followed
// over SSE (graphql-yoga's transport: Accept: text/event-stream).

const EVENT_DESCRIPTIONS: Record<(typeof EVENT_TYPES)[number], string> = {
  SUBMITTED: "A handoff was submitted (detail: passed, valid, failedGates, submittedBy)",
  ACKNOWLEDGED: "The receiving role acknowledged it (detail: by, principal, override, overridden)",
  NEXT_STAGE_STARTED: "The receiving role began the next stage (detail: by, principal)",
  SLA_BREACHED: "A deadline of the contract's SLA passed unmet (detail: deadline, hours, dueAt)",
};

export const HandoffEventTypeEnum = builder.enumType("HandoffEventType", {
  description: "What happened to a handoff",
  values: Object.fromEntries(EVENT_TYPES.map((t) => [t, { description: EVENT_DESCRIPTIONS[t] }])) as Record<(typeof EVENT_TYPES)[number], { description: string }>,
});

export const HandoffEvent = builder.objectRef<EventRow>("HandoffEvent").implement({
  description: "Something that happened to a handoff, stored with it; ids are ordered and unique across every API instance",
  fields: (t) => ({
    id: t.id({ description: "Its number in the one sequence of events: pass the last one seen as `after` to resume", resolve: (e) => String(e.seq) }),
    type: t.field({ type: HandoffEventTypeEnum, description: "What happened", resolve: (e) => e.type }),
    at: t.field({ type: "DateTime", description: "When it happened (for SLA_BREACHED: the deadline)", resolve: (e) => e.at }),
    recordedAt: t.field({ type: "DateTime", description: "When the API recorded it", resolve: (e) => e.recordedAt }),
    team: t.field({ type: Team, description: "The team the handoff belongs to", resolve: (e) => e.team }),
    handoffId: t.id({ description: "The handoff's id, without a lookup: what a subscriber at volume should ask for", resolve: (e) => e.handoff }),
    handoff: t.field({ type: Handoff, description: "The handoff as it is now (one read per event and subscriber: prefer handoffId to follow many events)", resolve: (e) => keyOf({ team: e.team, id: e.handoff }) }),
    contractId: t.id({ description: "The handoff's contract, without a lookup", resolve: (e) => e.contract }),
    contract: t.field({ type: HandoffContract, nullable: true, description: "The handoff's contract (null if it was removed since)",
      resolve: (e) => keyOf({ team: e.team, id: e.contract }) }),
    detail: t.field({ type: "JSON", nullable: true, description: "What a subscriber needs without asking again; see HandoffEventType", resolve: (e) => parseJson(e.detail) }),
  }),
});

const optional = (id: string | number | null | undefined): string | null => (id === null || id === undefined ? null : String(id));

builder.queryField("handoffEvents", (t) =>
  t.field({
    type: [HandoffEvent],
    description: "Handoff events after an id (from the first when absent), oldest first",
    args: {
      team: t.arg.id({ description: "Only this team's events; every team's when absent" }),
      after: t.arg.id({ description: "The last event id already seen" }),
      limit: t.arg.int({ defaultValue: 100, description: "At most this many, 1 to 1000" }),
    },
    resolve: (_root, args, ctx) => listEvents(ctx.db, optional(args.team), optional(args.after), args.limit ?? 100),
  }));

builder.subscriptionType({ authScopes: { read: true }, description: "Live updates, over Server-Sent Events (Accept: text/event-stream)" });

builder.subscriptionField("handoffEvents", (t) =>
  t.field({
    type: HandoffEvent,
    description: "Handoff events as they happen on any API instance, each once and in order; with `after`, first every event since that id (resume after a lost connection)",
    args: {
      team: t.arg.id({ description: "Only this team's events; every team's when absent" }),
      after: t.arg.id({ description: "The last event id already seen; from now when absent" }),
    },
    subscribe: (_root, args, ctx) => followEvents(ctx.db, optional(args.team), optional(args.after)),
    resolve: (event) => event,
  }));
