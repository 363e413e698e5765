import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * ROLEGRAPH_WEBHOOKS (events.md, "Webhooks"): JSON, a list of receivers. The secret follows
 * Standard Webhooks: base64, optionally prefixed "whsec_", at least 24 bytes decoded (the
 * convention asks for 24 to 64), so a receiver verifies with any Standard Webhooks library.
 */
const EVENT_TYPES = ["SUBMITTED", "ACKNOWLEDGED", "NEXT_STAGE_STARTED", "SLA_BREACHED"] as const;

export const secretKey = (secret: string): Buffer => Buffer.from(secret.replace(/^whsec_/, ""), "base64");

const WebhookSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "must be 1-64 letters, digits, '_', '.' or '-'").optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }),
  secret: z.string().refine((s) => /^(whsec_)?[A-Za-z0-9+/]+={0,2}$/.test(s) && secretKey(s).length >= 24,
    'must be base64 (optionally prefixed "whsec_") of at least 24 bytes, as Standard Webhooks asks'),
  events: z.array(z.enum(EVENT_TYPES)).min(1).optional(),
  teams: z.array(z.string().min(1)).min(1).optional(),
});

export interface WebhookConfig {
  /** Stable name of the receiver: given, or derived from the URL. Deliveries and the cursor are kept under it. */
  id: string;
  url: string;
  secret: string;
  /** Null: every event type / every team. */
  events: readonly string[] | null;
  teams: readonly string[] | null;
}

export const WebhooksSchema = z.array(WebhookSchema).transform((hooks): WebhookConfig[] => hooks.map((h) => ({
  id: h.id ?? `hook-${createHash("sha256").update(h.url).digest("hex").slice(0, 12)}`,
  url: h.url, secret: h.secret, events: h.events ?? null, teams: h.teams ?? null,
}))).refine((hooks) => new Set(hooks.map((h) => h.id)).size === hooks.length, "two webhooks have the same id (or URL): give each an `id`");

export const wants = (hook: WebhookConfig, event: { type: string; team: string }): boolean =>
  (hook.events === null || hook.events.includes(event.type)) && (hook.teams === null || hook.teams.includes(event.team));
