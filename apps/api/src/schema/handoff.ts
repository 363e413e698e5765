import type { PayloadError as PayloadErrorShape } from "@rolegraph/schema";
import { z } from "zod";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { keyOf } from "../db/entities.ts";
import { handoffsOfContracts, handoffsReceivedBy, handoffsSentBy, loadHandoffs, type HandoffRow } from "../db/handoffs.ts";
import { acknowledgeHandoff, listTeamHandoffs, startNextStage, submitHandoff } from "../services/handoffs.ts";
import { parseGateResults, parseJson, parsePayloadErrors, type StoredGateResult } from "../handoffs/record.ts";
import { isOverdueAt, slaStatus, type SlaStatus } from "../handoffs/sla-status.ts";
import { Gate, HandoffContract } from "./contract.ts";
import { Role } from "./role.ts";
import { GateStatusEnum } from "./scalars.ts";
import { Team } from "./team.ts";

// Built outside `loadableObject`: an inline call there defeats Pothos' shape inference.
const loadHandoffRows = async (keys: string[], ctx: Context): Promise<(HandoffRow | Error)[]> =>
  (await loadHandoffs(ctx.db, keys)).map((row, i) => row ?? new Error(`no handoff '${keys[i]?.split("|")[1]}'`));

type GateResultParent = StoredGateResult & { team: string; contract: string };

const GateResult = builder.objectRef<GateResultParent>("GateResult").implement({
  description: "One gate of a handoff as it was evaluated at submission",
  fields: (t) => ({
    // The gate as the snapshot recorded it, so an edited contract never rewrites history.
    gate: t.field({
      type: Gate,
      description: "The gate as recorded at submission, unchanged by later edits to the contract",
      resolve: (r) => ({ team: r.team, contract: r.contract, id: r.gate, text: r.text,
        checkable: r.check !== undefined || r.status !== "UNCHECKED", check: r.check ? JSON.stringify(r.check) : null }),
    }),
    status: t.field({ type: GateStatusEnum, description: "Whether the gate passed, failed or was not checked", resolve: (r) => r.status }),
    reason: t.string({ nullable: true, description: "Why it failed or was not checked; null when it passed", resolve: (r) => r.reason }),
  }),
});

const PayloadError = builder.objectRef<PayloadErrorShape>("PayloadError").implement({
  description: "Why a payload does not match the contract's requires",
  fields: (t) => ({
    path: t.exposeString("path", { description: "e.g. evidence[1]; empty for the payload as a whole" }),
    message: t.exposeString("message", { description: "What is missing or of the wrong type, in words" }),
  }),
});

const HandoffSlaStatus = builder.objectRef<SlaStatus>("HandoffSlaStatus").implement({
  description: "A handoff against its contract's SLA; both clocks start at submission",
  fields: (t) => ({
    acknowledgeWithinHours: t.float({ nullable: true, description: "The contract's acknowledgement deadline in hours after submission; null for none", resolve: (s) => s.acknowledgeWithinHours }),
    nextStageWithinHours: t.float({ nullable: true, description: "The contract's next-stage deadline in hours after submission; null for none", resolve: (s) => s.nextStageWithinHours }),
    ackDueAt: t.field({ type: "DateTime", nullable: true, description: "When acknowledgement is due (submittedAt plus acknowledgeWithinHours); null for no deadline", resolve: (s) => s.ackDueAt }),
    nextStageDueAt: t.field({ type: "DateTime", nullable: true, description: "When the next stage is due to start (submittedAt plus nextStageWithinHours); null for no deadline", resolve: (s) => s.nextStageDueAt }),
    acknowledgedLate: t.boolean({ nullable: true, description: "Null until acknowledged", resolve: (s) => s.acknowledgedLate }),
    nextStageLate: t.boolean({ nullable: true, description: "Null until the next stage starts", resolve: (s) => s.nextStageLate }),
    overdue: t.exposeBoolean("overdue", { description: "At asOf a deadline has passed and what it asks for had not happened" }),
    breaches: t.exposeStringList("breaches", { description: "Every breach at asOf, late or still open, in words" }),
  }),
});

interface OverrideShape { reason: string; by: string | null; at: string | null }
const HandoffOverride = builder.objectRef<OverrideShape>("HandoffOverride").implement({
  description: "An acknowledgement given despite failed gates: kept in the audit trail and reported as overridden-gate",
  fields: (t) => ({
    reason: t.exposeString("reason", { description: "Why the receiving role accepted the handoff anyway" }),
    by: t.string({ nullable: true, description: "The API token (or CLI user) that gave the override", resolve: (o) => o.by }),
    at: t.field({ type: "DateTime", nullable: true, description: "When (the acknowledgement's time)", resolve: (o) => o.at }),
  }),
});

export const Handoff = builder.loadableObject("Handoff", {
  description: "One submission under a handoff contract, kept as an audit record: payload, gate results, who, when",
  load: loadHandoffRows,
  fields: (t) => ({
    id: t.exposeID("id", { description: "<contract>/<n>: the n-th handoff under the contract" }),
    contract: t.field({ type: HandoffContract, description: "The contract the handoff was submitted under", resolve: (h) => keyOf({ team: h.team, id: h.contract }) }),
    submittedBy: t.field({ type: Role, description: "The submitting role (the contract's from role)", resolve: (h) => keyOf({ team: h.team, id: h.submittedBy }) }),
    submittedAt: t.field({ type: "DateTime", description: "When it was submitted; both SLA clocks start here", resolve: (h) => h.submittedAt }),
    acknowledgedAt: t.field({ type: "DateTime", nullable: true, description: "When the receiving role acknowledged it; null until then", resolve: (h) => h.acknowledgedAt }),
    acknowledgedBy: t.string({ nullable: true, description: "The role that acknowledged it (the contract's to role)", resolve: (h) => h.acknowledgedBy }),
    acknowledgedByPrincipal: t.string({ nullable: true, description: "The API token (or CLI user) that acknowledged it, for the audit trail", resolve: (h) => h.acknowledgedByPrincipal }),
    override: t.field({
      type: HandoffOverride,
      nullable: true,
      description: "Set when the handoff was acknowledged despite failed gates: the reason given and by whom",
      resolve: (h) => (h.override === null ? null : { reason: h.override, by: h.overriddenBy, at: h.acknowledgedAt }),
    }),
    nextStageStartedAt: t.field({ type: "DateTime", nullable: true, description: "When the receiving role started the next stage; null until then", resolve: (h) => h.nextStageStartedAt }),
    nextStageStartedBy: t.string({ nullable: true, description: "The role that started the next stage", resolve: (h) => h.nextStageStartedBy }),
    passed: t.exposeBoolean("passed", { description: "The payload is valid and no gate failed (a preference never blocks)" }),
    valid: t.exposeBoolean("valid", { description: "The payload has every required field with the right type" }),
    errors: t.field({ type: [PayloadError], description: "Why the payload does not match the contract's requires; empty when valid", resolve: (h) => parsePayloadErrors(h.payloadErrors) }),
    payload: t.field({ type: "JSON", nullable: true, description: "The payload as submitted; null if the stored copy cannot be read", resolve: (h) => parseJson(h.payload) }),
    gates: t.field({ type: [GateResult], description: "Each of the contract's gates as evaluated at submission, in the contract's order", resolve: (h) => parseGateResults(h.gateResults).map((r) => ({ ...r, team: h.team, contract: h.contract })) }),
    idempotencyKey: t.string({ nullable: true, description: "The key the submitter gave to make retries safe; null when none was given", resolve: (h) => h.idempotencyKey }),
    sla: t.field({
      type: HandoffSlaStatus,
      nullable: true,
      description: "Null when the contract sets no SLA",
      args: { asOf: t.arg({ type: "DateTime", description: "Defaults to now" }) },
      resolve: (h, args) => slaStatus(h, h, args.asOf ?? new Date()),
    }),
  }),
});

builder.objectField(HandoffContract, "handoffs", (t) =>
  t.loadableList({
    type: Handoff,
    description: "Every handoff submitted under this contract, oldest first (the last is the latest)",
    load: (keys: string[], ctx) => handoffsOfContracts(ctx.db, keys),
    resolve: (c) => keyOf(c),
  }));

builder.objectFields(Role, (t) => ({
  handoffsSent: t.loadableList({
    type: Handoff,
    description: "Handoffs this role submitted, oldest first",
    load: (keys: string[], ctx) => handoffsSentBy(ctx.db, keys),
    resolve: (r) => keyOf(r),
  }),
  handoffsReceived: t.loadableList({
    type: Handoff,
    description: "Handoffs under contracts to this role, oldest first",
    load: (keys: string[], ctx) => handoffsReceivedBy(ctx.db, keys),
    resolve: (r) => keyOf(r),
  }),
}));

builder.objectField(Team, "handoffs", (t) =>
  t.field({
    type: [Handoff],
    description: "The team's handoffs, oldest first; the filters combine",
    args: {
      contract: t.arg.id({ description: "Only handoffs under this contract (its id within the team)" }),
      pendingAcknowledgement: t.arg.boolean({ description: "true: not acknowledged yet; false: acknowledged" }),
      overdueAt: t.arg({ type: "DateTime", description: "Only those past an SLA deadline at this time with its step not done" }),
    },
    resolve: async (team, args, ctx) => {
      const rows = await listTeamHandoffs(ctx.db, team.id, {
        contract: args.contract === null || args.contract === undefined ? undefined : String(args.contract),
        pendingAcknowledgement: args.pendingAcknowledgement ?? undefined,
      });
      const at = args.overdueAt;
      return at ? rows.filter((h) => isOverdueAt(h, h, at)) : rows;
    },
  }));

builder.mutationFields((t) => ({
  submitHandoff: t.field({
    type: Handoff,
    description: "Checks a payload gate by gate and keeps it, passed or failed, as a new handoff. A repeated idempotencyKey returns the first handoff and records nothing (the payload is not compared); reusing a key under another contract is a CONFLICT.",
    args: {
      team: t.arg.id({ required: true, description: "The team whose contract it is" }),
      contract: t.arg.id({ required: true, description: "The contract's id within the team" }),
      payload: t.arg({ type: "JSON", required: true, description: "The handoff's content, a JSON object checked against the contract's requires and gates" }),
      submittedAt: t.arg({ type: "DateTime", description: "Defaults to now" }),
      submittedBy: t.arg.id({ description: "The submitting role; must be the contract's from role (WRONG_ROLE otherwise), which is the default" }),
      idempotencyKey: t.arg.string({ description: "A key (1-200 characters) that makes a retry return the first handoff instead of recording another", validate: z.string().min(1).max(200) }),
    },
    resolve: async (_root, args, ctx) => (await submitHandoff(ctx.db, {
      team: String(args.team), contract: String(args.contract), payload: args.payload, submittedAt: args.submittedAt ?? new Date(),
      submittedBy: optionalId(args.submittedBy), idempotencyKey: args.idempotencyKey ?? undefined, actor: ctx.principal,
    })).handoff,
  }),
  acknowledgeHandoff: t.field({
    type: Handoff,
    description: "The receiving role acknowledges receipt. Refused with GATES_FAILED when the handoff failed a gate or its payload is invalid, unless `override` gives a reason (kept and reported); WRONG_ROLE unless `by` is the contract's to role; FORBIDDEN when the token is not bound to that role. Only the first acknowledgement counts: a repeat returns the handoff unchanged.",
    args: {
      team: t.arg.id({ required: true, description: "The team" }),
      handoff: t.arg.id({ required: true, description: "The handoff's id, <contract>/<n>" }),
      at: t.arg({ type: "DateTime", description: "Defaults to now" }),
      by: t.arg.id({ description: "The acknowledging role; defaults to the contract's to role" }),
      override: t.arg.string({ description: "Acknowledge a failed handoff anyway, for this reason", validate: z.string().max(2000) }),
    },
    resolve: (_root, args, ctx) => acknowledgeHandoff(ctx.db, {
      team: String(args.team), handoff: String(args.handoff), at: args.at ?? new Date(), by: optionalId(args.by),
      override: args.override ?? null, actor: ctx.principal,
    }),
  }),
  startNextStage: t.field({
    type: Handoff,
    description: "The receiving role began the next stage. Refused with NOT_ACKNOWLEDGED before the handoff was acknowledged; WRONG_ROLE and FORBIDDEN as for acknowledgeHandoff. Only the first start counts: a repeat returns the handoff unchanged.",
    args: {
      team: t.arg.id({ required: true, description: "The team" }),
      handoff: t.arg.id({ required: true, description: "The handoff's id, <contract>/<n>" }),
      at: t.arg({ type: "DateTime", description: "Defaults to now" }),
      by: t.arg.id({ description: "The role starting the next stage; defaults to the contract's to role" }),
    },
    resolve: (_root, args, ctx) => startNextStage(ctx.db, {
      team: String(args.team), handoff: String(args.handoff), at: args.at ?? new Date(), by: optionalId(args.by), actor: ctx.principal,
    }),
  }),
}));

const optionalId = (id: string | number | null | undefined): string | undefined => (id === null || id === undefined ? undefined : String(id));
