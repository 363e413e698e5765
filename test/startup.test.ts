import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

// A bad variable stops start-up before anything starts (no port, no Neo4j), naming the
// variable, with exit 2 and no stack trace: the person starting it can fix it from the message.

const SERVER = join(ROOT, "apps", "api", "src", "server.ts");
const BIN = join(ROOT, "apps", "api", "bin", "rolegraph.js");
// NEO4J_URI points nowhere: had start-up gone past the configuration, it would fail differently.
const base = { PATH: process.env.PATH ?? "", NEO4J_URI: "bolt://127.0.0.1:1", LOG_LEVEL: "silent" };

function server(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", SERVER], { cwd: ROOT, encoding: "utf8", env: { ...base, ...env }, timeout: 60_000 });
  return { code: result.status, err: result.stderr, out: result.stdout };
}

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe("start-up with bad configuration", () => {
  it("PORT=abc: names PORT and its value, exit 2, no stack", () => {
    const run = server({ PORT: "abc" });
    expect(run.err).toBe('rolegraph: PORT: must be a whole number (it is "abc")\n');
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
  });

  it("bad ROLEGRAPH_TOKENS: names it, never echoes a token, exit 2, no stack", () => {
    const secret = "a-secret-token-nobody-should-see";
    const broken = server({ ROLEGRAPH_TOKENS: `[{"name":"ci","token":"${secret}","scopes":["read"]` });
    expect(broken.err).toBe('rolegraph: ROLEGRAPH_TOKENS: must be a JSON list of {"name", "token", "scopes"}; it is not valid JSON\n');
    expect(broken.code).toBe(2);
    const short = server({ ROLEGRAPH_TOKENS: '[{"name":"ci","token":"short","scopes":["read"]}]' });
    expect(short.err).toBe('rolegraph: ROLEGRAPH_TOKENS: must be a JSON list of {"name", "token", "scopes"}: [0].token must be at least 16 characters\n');
    expect(short.code).toBe(2);
    for (const run of [broken, short]) noStack(run.err);
    expect(broken.err + short.err).not.toContain(secret);
    expect(broken.err + short.err).not.toContain("short\"");
  });

  it("every bad variable is named, one line each", () => {
    const run = server({ PORT: "70000", LOG_LEVEL: "loud", GRAPHQL_JIT: "yes" });
    expect(run.err.split("\n").filter(Boolean)).toEqual([
      'rolegraph: PORT: must be a port number, 0 to 65535 (it is "70000")',
      'rolegraph: LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (it is "loud")',
      'rolegraph: GRAPHQL_JIT: Invalid option: expected one of "0"|"1"|"true"|"false" (it is "yes")',
    ]);
    expect(run.code).toBe(2);
  });

  it("an open server on a non-loopback HOST is refused the same way", () => {
    const run = server({ HOST: "0.0.0.0" });
    expect(run.err).toMatch(/^rolegraph: HOST=0\.0\.0\.0 is reachable from other machines, so ROLEGRAPH_TOKENS must be set/);
    expect(run.code).toBe(2);
    noStack(run.err);
  });

  it("the CLI reads the configuration once, up front, with the same message and exit 2", () => {
    const result = spawnSync(process.execPath, [BIN, "validate", join(ROOT, "seed", "dpos-data-team.yaml")], { encoding: "utf8", env: { ...base, PORT: "abc" } });
    expect(result.stderr).toBe('rolegraph: PORT: must be a whole number (it is "abc")\n');
    expect(result.status).toBe(2);
  });
});
