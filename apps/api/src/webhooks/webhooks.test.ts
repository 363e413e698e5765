import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { nextDelay, RETRY_DELAYS_MS } from "./backoff.ts";
import { WebhooksSchema, wants } from "./config.ts";
import { messageBody, signatureHeaders } from "./sign.ts";

const SECRET = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;

describe("webhook signing", () => {
  it("is verified by the standardwebhooks library, and a changed body is not", () => {
    const at = new Date();
    const body = messageBody({ seq: 7, type: "SUBMITTED", team: "t", handoff: "k/1", contract: "k", at: at.toISOString(), detail: { passed: true } }, at);
    const headers = signatureHeaders(SECRET, "msg_handoff_7", at, body);
    expect(new Webhook(SECRET).verify(body, headers)).toMatchObject({ type: "handoff.submitted", data: { id: "7", handoff: "k/1" } });
    expect(() => new Webhook(SECRET).verify(body.replace("k/1", "k/2"), headers)).toThrow();
  });
});

describe("webhook retries", () => {
  it("back off, for more than an hour in all, then stop", () => {
    expect(nextDelay(1)).toBe(5_000);
    expect(RETRY_DELAYS_MS.every((d, i) => i === 0 || d > (RETRY_DELAYS_MS[i - 1] ?? 0))).toBe(true);
    expect(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThan(3_600_000);
    expect(nextDelay(RETRY_DELAYS_MS.length + 1)).toBeNull();
  });
});

describe("ROLEGRAPH_WEBHOOKS", () => {
  it("names each receiver, and filters by event type and team", () => {
    const [hook] = WebhooksSchema.parse([{ url: "http://127.0.0.1:9/x", secret: SECRET, events: ["SLA_BREACHED"], teams: ["a"] }]);
    expect(hook?.id).toMatch(/^hook-[0-9a-f]{12}$/);
    expect(hook && wants(hook, { type: "SLA_BREACHED", team: "a" })).toBe(true);
    expect(hook && wants(hook, { type: "SUBMITTED", team: "a" })).toBe(false);
    expect(hook && wants(hook, { type: "SLA_BREACHED", team: "b" })).toBe(false);
  });

  it("refuses a short or non-base64 secret and a non-http URL", () => {
    expect(WebhooksSchema.safeParse([{ url: "http://x", secret: "whsec_c2hvcnQ=" }]).success).toBe(false);
    expect(WebhooksSchema.safeParse([{ url: "ftp://x", secret: SECRET }]).success).toBe(false);
    expect(WebhooksSchema.safeParse([{ url: "http://x", secret: "not base64 at all!" }]).success).toBe(false);
  });
});
