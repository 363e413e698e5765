import { createHmac } from "node:crypto";
import { secretKey } from "./config.ts";

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): HMAC-SHA256 with the
 * base64-decoded secret over "<webhook-id>.<webhook-timestamp>.<body>", sent as
 * "v1,<base64 signature>". The id stays the same across retries, so a receiver can drop
 * repeats; the timestamp is the attempt's, in seconds.
 */
export function signatureHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const signature = createHmac("sha256", secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}

/** The body of one event: Standard Webhooks' recommended envelope, type, timestamp and data. */
export function messageBody(event: { seq: number; type: string; team: string; handoff: string; contract: string; at: string; detail: unknown }, at: Date): string {
  return JSON.stringify({
    type: `handoff.${event.type.toLowerCase()}`,
    timestamp: at.toISOString(),
    data: { id: String(event.seq), type: event.type, team: event.team, handoff: event.handoff, contract: event.contract, at: event.at, detail: event.detail },
  });
}

export const messageId = (seq: number): string => `msg_handoff_${seq}`;
