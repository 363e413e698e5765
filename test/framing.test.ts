import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { parseEnv } from "../apps/api/src/env.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { testDb } from "./helpers.ts";

// Clickjacking: the explorer and GraphiQL are pages a foreign site could frame; the Origin
// checks never see the framed page's clicks, which are same-origin requests.
const db = testDb();
const dist = mkdtempSync(join(tmpdir(), "rolegraph-framing-"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Rolegraph explorer</title>");
const app = createApp({ db, env: parseEnv({}), logger: pino({ level: "silent" }), explorerDist: dist });
afterAll(async () => {
  app.close();
  await db.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (path: string, accept: string) => app.fetch(new Request(`http://127.0.0.1${path}`, { headers: { accept } }));

describe("pages refuse to be framed", () => {
  it("the explorer and GraphiQL say DENY and frame-ancestors 'none'", async () => {
    for (const response of [await get("/", "text/html"), await get("/graphql", "text/html")]) {
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    }
  });

  it("leaves JSON answers alone", async () => {
    const response = await get("/graphql?query=%7B__typename%7D", "application/json");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-frame-options")).toBeNull();
  });
});
