import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env.ts";

// What a cluster or Aura deployment sets (docs/deploy.md): the URI schemes the driver routes
// or encrypts with, the database name, and a response cache that never lags another instance.
describe("parseEnv for a cluster", () => {
  it.each(["bolt://db:7687", "bolt+s://db:7687", "bolt+ssc://db:7687", "neo4j://db:7687", "neo4j+s://abc123.databases.neo4j.io", "neo4j+ssc://db"])("accepts %s", (uri) => {
    expect(parseEnv({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
  });

  it.each(["http://db:7474", "neo4j+x://db", "bolt:/db", "db:7687"])("refuses %s, naming the variable", (uri) => {
    expect(() => parseEnv({ NEO4J_URI: uri })).toThrow(ConfigError);
    expect(() => parseEnv({ NEO4J_URI: uri })).toThrow(/^NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
  });

  it("takes the database name and a check interval of 0 (every cached answer checked)", () => {
    expect(parseEnv({ NEO4J_DATABASE: "rolegraph", RESPONSE_CACHE_CHECK_MS: "0" })).toMatchObject({ NEO4J_DATABASE: "rolegraph", RESPONSE_CACHE_CHECK_MS: 0 });
    expect(parseEnv({}).RESPONSE_CACHE_CHECK_MS).toBe(100);
    expect(() => parseEnv({ RESPONSE_CACHE_CHECK_MS: "-1" })).toThrow(/RESPONSE_CACHE_CHECK_MS: must be at least 0/);
  });
});
