import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import net, { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { createServerAdapter } from "@whatwg-node/server";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../apps/api/src/db/driver.ts";
import { parseEnv } from "../../apps/api/src/env.ts";
import { createApp } from "../../apps/api/src/yoga.ts";
import { testDb } from "../helpers.ts";
import { figures } from "./harness.ts";

// Issue 22, item 7: `GET /%` answered 500 with the URIError's stack and absolute paths, and
// was not logged. A bad URL is the client's mistake (400, no stack); a failure of ours is a
// 500 without a stack, and always logged.

const real = testDb();
const logged: Record<string, unknown>[] = [];
const sink = new Writable({ write: (chunk: Buffer, _enc, done) => { logged.push(JSON.parse(chunk.toString()) as Record<string, unknown>); done(); } });
let server: Server;
let port = 0;
let dist = "";
let failing = false;
// The real database, except that /healthz's ping can be made to throw (a failure of ours).
const db = new Proxy(real, {
  get: (target, key) => {
    if (key === "ping" && failing) return () => Promise.reject(new Error(`ping exploded in ${import.meta.filename}`));
    const value = Reflect.get(target, key) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
}) as Db;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "rolegraph-malformed-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Rolegraph explorer</title>");
  const app = createApp({ db, env: parseEnv({}), logger: pino({ level: "info" }, sink), explorerDist: dist });
  server = createServer(createServerAdapter(app.fetch));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await real.close();
  rmSync(dist, { recursive: true, force: true });
});

/** The raw request line as sent (fetch would normalize some of these URLs). */
function raw(target: string, accept?: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((done, fail) => {
    const headers = `Host: 127.0.0.1:${port}\r\n${accept ? `Accept: ${accept}\r\n` : ""}Connection: close`;
    const socket = net.connect(port, "127.0.0.1", () => socket.end(`GET ${target} HTTP/1.1\r\n${headers}\r\n\r\n`));
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    socket.on("error", fail);
    socket.on("close", () => {
      const [head = "", body = ""] = text.split("\r\n\r\n");
      done({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), head, body });
    });
  });
}

const STACK = /\bat \S+ \(|\/work\/|node_modules|URIError/;

describe("malformed URLs and failures of ours (issue 22, item 7)", () => {
  it("answers a malformed URL 400 with a JSON error, no stack", async () => {
    const targets = ["/%", "/%E0%A4%A", "/assets/%zz.js", "//x/%", "/%c0%af", "/team/%ff%fe"];
    for (const target of targets) {
      const answer = await raw(target);
      expect(answer.status, target).toBe(400);
      expect(answer.head.toLowerCase(), target).toContain("content-type: application/json");
      expect(answer.body, target).not.toMatch(STACK);
      expect(answer.body, target).toContain("BAD_REQUEST");
    }
    // A well-formed escape still reaches the explorer when a browser asks for a page (other
    // unknown paths are 404: issue 20).
    expect((await raw("/team%20x", "text/html")).status).toBe(200);
    figures("malformed url", `${targets.length} malformed paths: 400, JSON, no stack`);
  });

  it("answers a failure of ours 500 without a stack, and logs it with one", async () => {
    failing = true;
    const answer = await raw("/healthz").finally(() => (failing = false));
    expect(answer.status).toBe(500);
    expect(answer.body).not.toMatch(STACK);
    expect(answer.body).not.toContain("exploded");
    const errors = logged.filter((line) => line.level === 50);
    expect(errors.length).toBe(1);
    expect(JSON.stringify(errors[0])).toContain("ping exploded");
    expect(errors[0]?.path).toBe("/healthz");
    figures("malformed url (5xx)", `a thrown error in /healthz: 500 without stack, ${errors.length} error line logged with the stack`);
  });
});
