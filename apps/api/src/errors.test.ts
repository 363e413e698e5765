import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { isNeo4jMemoryLimit, isNeo4jUnavailable, tooLargeForNeo4j } from "./errors.ts";
import { errorMask } from "./graphql-errors.ts";

const neo4jError = (code: string, message = "") => Object.assign(new Error(message), { code });

describe("isNeo4jUnavailable: the database away, not the query wrong", () => {
  it("knows an unreachable, stopping, restarting or deadlocked database", () => {
    for (const error of [
      neo4jError("ServiceUnavailable"), neo4jError("SessionExpired"),
      neo4jError("Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable."),
      neo4jError("Neo.ClientError.Transaction.Terminated", "The transaction has been terminated."),
      neo4jError("Neo.TransientError.Transaction.Terminated"),
      neo4jError("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[transactionId=19, clientId=1] can't acquire ExclusiveLock"),
      new Error("connect ECONNREFUSED 127.0.0.1:7687"), new Error("Pool is closed, it is no more able to serve requests."),
    ]) expect(isNeo4jUnavailable(error), String(error)).toBe(true);
  });

  it("leaves a wrong query or a broken constraint alone", () => {
    for (const error of [
      neo4jError("Neo.ClientError.Statement.SyntaxError"), neo4jError("Neo.ClientError.Schema.ConstraintValidationFailed"),
      neo4jError("Neo.ClientError.Transaction.TransactionTimedOut"), new Error("no element id for Role:x"), null,
    ]) expect(isNeo4jUnavailable(error), String(error)).toBe(false);
  });
});

describe("isNeo4jMemoryLimit: a transaction too large, final, never 'try again'", () => {
  const pool = neo4jError("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    "The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 715.9 MiB. dbms.memory.transaction.total.max threshold reached");
  const own = neo4jError("Neo.ClientError.General.TransactionOutOfMemoryError",
    "The transaction used more memory than was allowed. The maximum allowed size for a transaction can be configured with 'db.memory.transaction.max' in the neo4j configuration");

  it("knows the per-transaction limit, the shared pool, the off-heap limit and the heap, and not an outage", () => {
    for (const error of [pool, own, neo4jError("Neo.TransientError.General.TransactionMemoryLimit"), neo4jError("Neo.TransientError.General.OutOfMemoryError"),
      Object.assign(new Error("memory pool"), { code: "Neo.TransientError.Something", gqlStatus: "51N72" })]) {
      expect(isNeo4jMemoryLimit(error), String(error)).toBe(true);
      expect(isNeo4jUnavailable(error), String(error)).toBe(false);
    }
    expect(isNeo4jMemoryLimit(neo4jError("Neo.TransientError.General.DatabaseUnavailable"))).toBe(false);
  });

  it("maps to TOO_LARGE with HTTP 413, naming Neo4j's setting, at the boundary", () => {
    const mask = errorMask({ error: () => {} });
    const masked = mask(new GraphQLError("wrapped", { originalError: pool }), "Unexpected error.");
    expect(masked.extensions.code).toBe("TOO_LARGE");
    expect(masked.extensions.http).toEqual({ status: 413 });
    expect(masked.message).toMatch(/more memory than Neo4j allows a transaction \(dbms\.memory\.transaction\.total\.max\).*will not succeed/);
    expect(tooLargeForNeo4j(own).details.setting).toBe("db.memory.transaction.max");
  });
});
