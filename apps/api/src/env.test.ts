import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env.ts";

const problems = (source: Record<string, string>) => {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("parseEnv", () => {
  it("defaults everything from an empty environment", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 4000, HOST: "127.0.0.1", LOG_LEVEL: "info", ROLEGRAPH_TOKENS: [], GRAPHQL_JIT: true });
  });

  it("names each bad variable with its value, one problem each", () => {
    expect(problems({ PORT: "abc", NEO4J_LOCAL_PORT: "99999", MAX_BODY_BYTES: "10" })).toEqual([
      'PORT: must be a whole number (it is "abc")',
      'NEO4J_LOCAL_PORT: must be a port number, 0 to 65535 (it is "99999")',
      'MAX_BODY_BYTES: must be at least 1024 (it is "10")',
    ]);
  });

  it("never echoes a token or a password, even when it is the bad value", () => {
    const secret = "s3cret-s3cret-s3cret";
    const found = problems({ ROLEGRAPH_TOKENS: `[{"name":"ci","token":"${secret}"`, NEO4J_URI: "http://x" });
    expect(found).toEqual([
      'NEO4J_URI: must be a bolt:// or neo4j:// URI (it is "http://x")',
      'ROLEGRAPH_TOKENS: must be a JSON list of {"name", "token", "scopes"}; it is not valid JSON',
    ]);
    expect(found.join("\n")).not.toContain(secret);
    expect(problems({ ROLEGRAPH_TOKENS: `[{"name":"ci","token":"${secret}","scopes":[]}]` })).toEqual([
      'ROLEGRAPH_TOKENS: must be a JSON list of {"name", "token", "scopes"}: [0].scopes Too small: expected array to have >=1 items',
    ]);
  });

  it("parses good tokens", () => {
    const tokens = [{ name: "ci", token: "0123456789abcdef", scopes: ["read"] }];
    expect(parseEnv({ ROLEGRAPH_TOKENS: JSON.stringify(tokens) }).ROLEGRAPH_TOKENS).toEqual(tokens);
  });
});
