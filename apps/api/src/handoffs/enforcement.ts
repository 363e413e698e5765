import { DomainError } from "../errors.ts";
import { parseGateResults, parsePayloadErrors } from "./record.ts";

/**
 * What makes a handoff contract hold (events.md, "Enforcement"), as pure decisions over the
 * stored handoff: the service asks them under the handoff's lock and writes nothing when one
 * refuses.
 */

/** Who acts: a token's name and the roles it is bound to (null: any role). */
export interface Actor {
  name: string;
  roles: readonly string[] | null;
}

/** The roles a token may act as: "team/role" or "team/*"; a token with no binding may act as any. */
export function mayActAs(actor: Actor, team: string, role: string): boolean {
  if (actor.roles === null) return true;
  return actor.roles.some((entry) => entry === `${team}/${role}` || entry === `${team}/*`);
}

export type Step = "submit" | "acknowledge" | "start";
const DOING: Record<Step, string> = { submit: "submit", acknowledge: "acknowledge", start: "start the next stage of" };

/**
 * The role acting must be the contract's end for the step (from for a submission, to for the
 * other two), and the token must be bound to it. WRONG_ROLE before FORBIDDEN: the first is a
 * mistake about the contract, whoever asks.
 */
export function roleRefusal(step: Step, p: { team: string; contract: string; expected: string; role: string; actor: Actor }): DomainError | null {
  const end = step === "submit" ? "from" : "to";
  if (p.role !== p.expected) {
    return new DomainError("WRONG_ROLE",
      `only '${p.expected}' (the ${end} role of contract '${p.contract}') may ${DOING[step]} a handoff under it; '${p.role}' may not`,
      { role: p.role, expected: p.expected, contract: p.contract });
  }
  if (!mayActAs(p.actor, p.team, p.role)) {
    return new DomainError("FORBIDDEN", `token '${p.actor.name}' may not act as role '${p.team}/${p.role}' (its roles: ${p.actor.roles?.join(", ") || "none"})`,
      { role: p.role, team: p.team });
  }
  return null;
}

/** The handoff as the lock reads it, before a milestone is recorded. */
export interface LockedHandoff {
  id: string;
  passed: boolean;
  valid: boolean;
  gateResults: string | null;
  payloadErrors: string | null;
  acknowledgedAt: string | null;
}

/** What failed: the FAILED gates' ids, and "payload" first when the payload did not match the contract. */
export function failures(h: Pick<LockedHandoff, "valid" | "gateResults">): string[] {
  const gates = parseGateResults(h.gateResults).filter((g) => g.status === "FAILED").map((g) => g.gate);
  return h.valid ? gates : ["payload", ...gates];
}

/** Acknowledging a failed handoff needs an override reason; GATES_FAILED names what failed. */
export function acknowledgeRefusal(h: LockedHandoff, override: string | null): DomainError | null {
  if (h.passed || override !== null) return null;
  const failed = failures(h);
  const payload = h.valid ? [] : parsePayloadErrors(h.payloadErrors).map((e) => `${e.path || "(payload)"} ${e.message}`);
  const what = [
    ...(failed.some((f) => f !== "payload") ? [`gates ${failed.filter((f) => f !== "payload").map((g) => `'${g}'`).join(", ")}`] : []),
    ...(h.valid ? [] : [`its payload (${payload.join("; ") || "does not match the contract"})`]),
  ].join(" and ");
  return new DomainError("GATES_FAILED",
    `handoff '${h.id}' failed ${what || "its gates"}: resubmit a fixed payload, or acknowledge with an override reason`,
    { handoff: h.id, gates: failed.filter((f) => f !== "payload"), validPayload: h.valid });
}

/** The next stage begins only after the handoff was acknowledged. */
export function startRefusal(h: LockedHandoff): DomainError | null {
  if (h.acknowledgedAt !== null) return null;
  return new DomainError("NOT_ACKNOWLEDGED", `handoff '${h.id}' has not been acknowledged: acknowledge it before starting the next stage`,
    { handoff: h.id });
}

/** An override reason: trimmed, and absent when empty (an empty reason explains nothing). */
export function overrideReason(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? "";
  return trimmed.length > 0 ? trimmed : null;
}
